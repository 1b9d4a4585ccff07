import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  calendarDate,
  courseLine,
  eventModel,
  label,
  lessonModel,
  policyModel,
  projectModel,
  quizView,
  serviceModel,
  stationModel,
  storyModel,
} from '../../../src/cms/admin/preview-model';
import { ROOT } from '../../support/fixture-site';
import { frontmatter } from '../../support/frontmatter';

// The CMS previews show what the site's pages show: the same labels, times and dates, worked
// out from the sample entries (as js-yaml reads them, and as Decap hands them over: dates as
// text).

const entry = (path: string) => frontmatter(join(ROOT, 'content', path));
const NOW = new Date('2026-12-01T00:00:00Z');

describe('label', () => {
  test('gives a value the label the site shows', () => {
    expect(label('event.format', 'video-meeting')).toBe('视频会议');
    expect(label('service.category', 'legal-aid')).toBe('法律援助');
    expect(label('station.kind', 'branch')).toBe('流动党员党支部');
  });
  test('shows a value without a label as it is, and nothing for an empty field', () => {
    expect(label('event.format', 'podcast')).toBe('podcast');
    expect(label('event.format', undefined)).toBe('');
  });
});

describe('calendarDate', () => {
  test('writes a date as the site does, from a Date or from the text Decap holds', () => {
    expect(calendarDate(new Date('2026-11-20'))).toBe('2026年11月20日');
    expect(calendarDate('2026-11-20')).toBe('2026年11月20日');
    expect(calendarDate('')).toBe('');
    expect(calendarDate('2026-13-45')).toBe('');
  });
});

describe('eventModel', () => {
  test('an upcoming video meeting: its Chinese label, the time in its zone, how to join', () => {
    const m = eventModel(entry('events/2027-01-dangri-chongwen-shici.md'), NOW);
    expect(m.eyebrow).toBe('视频会议');
    expect(m.when).toBe('2027年1月9日星期六 19:30–21:00（中国标准时间）');
    expect(m.rows).toEqual([
      ['时间', m.when],
      ['组织者', '中共清源县委组织部流动党员服务中心（示例）'],
      ['形式', '视频会议'],
    ]);
    expect(m.badge).toBe('');
    expect(m.join).toEqual({
      url: 'https://meeting.example.org/j/2027-0109',
      rows: [['会议号', '901 234 567']],
      note: '请提前十分钟入会，入会名称写“支部简称+姓名”。',
    });
    expect(m.recording).toBeUndefined();
    expect(m.lesson).toBe('member-duties-rights');
  });

  test('an event abroad is shown in its own zone', () => {
    const m = eventModel(entry('events/2027-02-munich-xianshang-zuotan.md'), NOW);
    expect(m.eyebrow).toBe('线上讨论');
    expect(m.when).toBe('2027年2月20日星期六 14:00–15:30（中欧标准时间）');
  });

  test('an ended event offers its recording instead of the join link', () => {
    const m = eventModel(entry('events/2026-07-xuedangzhang-xianshang-dangke.md'), NOW);
    expect(m.badge).toBe('已结束');
    expect(m.join).toBeUndefined();
    expect(m.recording).toEqual({ url: 'https://example.org/qingyuan/dangke/2026-07-dangzhang-zonggang' });
  });

  test('a cancelled event says so and offers neither', () => {
    const m = eventModel(entry('events/2027-03-fanxiang-chuangye-zhengce-jiedu.md'), NOW);
    expect(m.badge).toBe('已取消');
    expect(m.cancelled).toBe(true);
    expect(m.join).toBeUndefined();
    expect(m.recording).toBeUndefined();
  });

  test('times still being typed show as typed, and a new entry shows nothing', () => {
    const m = eventModel({ format: 'live-lesson', start: '2027-01-09 19:', end: '', timeZone: 'Asia/Shanghai' }, NOW);
    expect(m.when).toBe('2027-01-09 19:（Asia/Shanghai）');
    expect(eventModel({}, NOW)).toMatchObject({ eyebrow: '', when: '', rows: [], badge: '' });
  });
});

describe('serviceModel', () => {
  test('the category label, steps, materials, places, contacts and cited policies of a guide', () => {
    const data = entry('services/legal-aid.md');
    const m = serviceModel(data);
    expect(m.eyebrow).toBe('法律援助');
    expect(m.steps).toHaveLength(6);
    expect(m.steps[0]).toMatch(/^先拨打 12348/);
    expect(m.documents[0]).toBe('本人身份证');
    expect(m.places[2]).toEqual({
      name: '清源县公共法律服务中心（示例）',
      address: '清源县人民路 8 号（示例地址）',
      hours: '工作日 8:30–12:00，14:30–17:30',
    });
    expect(m.contacts[0]).toEqual({ name: '12348 公共法律服务热线', phone: '12348', url: '' });
    expect(m.policies).toEqual(data.policies);
  });
});

describe('stationModel', () => {
  test('the kind label and the rows of the finder card', () => {
    const m = stationModel(entry('stations/dongguan-tangxia-zhibu.md'));
    expect(m).toMatchObject({ kind: '流动党员党支部', example: true, province: '广东省', city: '东莞市' });
    expect(m.rows).toEqual([
      ['地址', '东莞市塘厦镇示例路 18 号党群服务中心二楼（示例地址）'],
      ['电话', '0769-0000 1234'],
      ['时间', '周一至周五 9:00–18:00，周六上午'],
      ['联系人', '张书记'],
      ['可以办理', '报到登记、组织生活、党费交纳、困难帮扶'],
    ]);
  });
});

describe('projectModel', () => {
  test('status label, posting date, contact and needs', () => {
    const m = projectModel(entry('projects/qingshan-chaye-dianshang.md'));
    expect(m.status).toEqual({ label: '征集中', tone: 'bg-accent-soft text-fg' });
    expect(m.posted).toBe('发布于 2026年9月20日');
    expect(m.contact).toEqual({ name: '青山村党支部', phone: '0000-7654321', email: '' });
    expect(m.needs).toHaveLength(3);
  });
  test('a project written without a status is open, as the schema says', () => {
    expect(projectModel({}).status?.label).toBe('征集中');
  });
});

describe('storyModel, policyModel, courseLine', () => {
  test('a story without consent is flagged', () => {
    expect(storyModel({ consent: { given: false } }).consented).toBe(false);
    expect(storyModel({ consent: { given: true }, publishDate: '2026-10-01' })).toMatchObject({
      consented: true,
      published: '发布于 2026年10月1日',
    });
  });
  test('a policy shows its status and category labels', () => {
    const m = policyModel({ status: 'repealed', category: 'party-regulation', issuer: '中共中央组织部' });
    expect(m.status?.label).toBe('已废止');
    expect(m.rows).toEqual([
      ['发文机关', '中共中央组织部'],
      ['效力状态', '已废止'],
      ['类别', '党内法规'],
    ]);
  });
  test('a course line counts its lessons once they are known', () => {
    expect(courseLine({ audience: '全体流动党员' }, 3)).toBe('3 课 · 适合对象：全体流动党员');
    expect(courseLine({}, undefined)).toBe('');
  });
});

describe('lessonModel and quizView', () => {
  const data = entry('lessons/constitution-overview.mdx');
  test('the position, objectives and recording of a lesson', () => {
    const m = lessonModel(data, '字'.repeat(900));
    expect(m.position).toBe('第 1 课 · 约 3 分钟读完');
    expect(m.objectives).toHaveLength(3);
    expect(m.media.audio).toBe('/uploads/audio/lesson-01.mp3');
  });
  test('the self-check questions as the lesson page lays them out, with the answers', () => {
    const [single, trueFalse, multiple] = quizView(data.quiz);
    expect(single).toMatchObject({ question: '1. 党章在党内法规体系中处于什么地位？', hint: '', answer: '答案：B' });
    expect(single!.choices.map((c) => c.label)).toEqual([
      'A. 一般性的工作规则',
      'B. 最根本的党内法规，其他党内法规不得与之相抵触',
      'C. 只适用于党的领导干部的规定',
      'D. 供党员参考的学习读物',
    ]);
    expect(single!.choices.map((c) => c.right)).toEqual([false, true, false, false]);
    expect(trueFalse).toMatchObject({ answer: '答案：正确', multiple: false });
    expect(trueFalse!.choices).toEqual([
      { label: '正确', right: true },
      { label: '错误', right: false },
    ]);
    expect(multiple).toMatchObject({ hint: '（多选）', multiple: true, answer: '答案：A、C、D' });
  });
  test('a question still being written has no answer yet rather than a wrong one', () => {
    expect(quizView([{ type: 'single', question: '新题', options: ['甲', '乙'] }])[0]!.answer).toBe('');
  });
});
