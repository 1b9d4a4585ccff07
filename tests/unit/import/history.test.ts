import { describe, expect, test } from 'vitest';
import {
  docNumberIn,
  effectiveFromHistory,
  firstEventVerb,
  isRepeal,
  issuerFromHistory,
  readHistory,
  readLeadingDate,
} from '../../../scripts/import/history';

describe('readLeadingDate', () => {
  test('reads 2007年6月29日 at the start of a line', () => {
    expect(readLeadingDate('2007年6月29日 第十届……通过')).toEqual({ date: '2007-06-29', rest: '第十届……通过' });
  });
  test('reads a date written in Chinese numerals: 一九九五年三月二十六日', () => {
    expect(readLeadingDate('一九九五年三月二十六日')?.date).toBe('1995-03-26');
  });
  test('reads an ISO date: 2022-03-15', () => {
    expect(readLeadingDate('2022-03-15')?.date).toBe('2022-03-15');
  });
  test('refuses a date that does not exist', () => {
    expect(readLeadingDate('2023年2月30日 公布')).toBeUndefined();
  });
  test('refuses a line that does not start with a date', () => {
    expect(readLeadingDate('根据本法第十条')).toBeUndefined();
  });
});

describe('readHistory', () => {
  test('reads one entry per dated line and joins undated lines to the entry before', () => {
    expect(readHistory(['1981年10月13日 国务院批准', '文化部', '海关总署发布'])).toEqual([
      { date: '1981-10-13', text: '国务院批准 文化部 海关总署发布' },
    ]);
  });
  test('ignores wrapped title lines before the first date', () => {
    expect(readHistory(['中华人民共和国农村土地', '2009年6月27日 通过'])).toEqual([
      { date: '2009-06-27', text: '通过' },
    ]);
  });
  test('splits a parenthesised plain-text history at 根据', () => {
    expect(readHistory(['（2007年6月29日第十届会议通过　根据2012年12月28日《关于修改的决定》修正）'])).toEqual([
      { date: '2007-06-29', text: '第十届会议通过' },
      { date: '2012-12-28', text: '《关于修改的决定》修正' },
    ]);
  });
});

describe('issuerFromHistory', () => {
  const issuer = (...lines: string[]) => issuerFromHistory(readHistory(lines), lines);
  test('finds 全国人民代表大会常务委员会 in a 常委会 session', () => {
    expect(issuer('2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过')).toBe(
      '全国人民代表大会常务委员会',
    );
  });
  test('finds 全国人民代表大会 in a plenary session', () => {
    expect(issuer('2020年5月28日 第十三届全国人民代表大会第三次会议通过')).toBe('全国人民代表大会');
  });
  test('finds 国务院 in an order number', () => {
    expect(issuer('2008年8月1日 中华人民共和国国务院令第531号公布')).toBe('国务院');
  });
  test('finds both courts in a joint interpretation', () => {
    expect(
      issuer(
        '2019年6月3日 最高人民法院审判委员会第1771次会议、2019年9月4日最高人民检察院第十三届检察委员会第二十三次会议通过',
      ),
    ).toBe('最高人民法院、最高人民检察院');
  });
  test('finds a ministry named before its order', () => {
    expect(issuer('2019年11月30日 国家市场监督管理总局令第20号公布')).toBe('国家市场监督管理总局');
  });
  test('finds an undated 最高人民法院发布 above the date', () => {
    expect(issuer('消费者权益保护典型案例', '最高人民法院发布', '2022-03-15')).toBe('最高人民法院');
  });
  test('is undefined when no body is named', () => {
    expect(issuer('2012年12月7日 公布')).toBeUndefined();
  });
});

describe('effectiveFromHistory', () => {
  test('takes the date of a line ending in 施行', () => {
    expect(effectiveFromHistory(readHistory(['2020年5月28日 通过', '2021年1月1日 施行']))).toBe('2021-01-01');
  });
  test('takes the last such line when a version took effect again', () => {
    expect(effectiveFromHistory(readHistory(['2016年3月16日 通过', '2016年9月1日 施行', '2024年9月5日 施行']))).toBe(
      '2024-09-05',
    );
  });
  test('is undefined without one', () => {
    expect(effectiveFromHistory(readHistory(['2007年6月29日 通过']))).toBeUndefined();
  });
});

describe('isRepeal', () => {
  test('sees 废止 in an event', () => {
    expect(isRepeal({ date: '2010-06-01', text: '中华人民共和国国务院令第2号废止' })).toBe(true);
  });
  test('does not take 废止 inside a quoted decision title', () => {
    expect(isRepeal({ date: '2017-03-01', text: '《国务院关于修改和废止部分行政法规的决定》第二次修订' })).toBe(false);
  });
});

describe('docNumberIn', () => {
  test('finds 国务院令第531号', () => {
    expect(docNumberIn(['2008年8月1日 中华人民共和国国务院令第531号公布'])).toBe('中华人民共和国国务院令第531号');
  });
  test('does not take the day of a date glued to the order', () => {
    expect(docNumberIn(['（2023年3月1日中华人民共和国国务院令第100号公布）'])).toBe('中华人民共和国国务院令第100号');
  });
  test('finds a bracketed number: 法释〔2021〕11号 and 劳社部发[2008]3号', () => {
    expect(docNumberIn(['法释〔2021〕11号'])).toBe('法释〔2021〕11号');
    expect(docNumberIn(['劳社部发[2008]3号'])).toBe('劳社部发[2008]3号');
  });
  test('is undefined when no line carries one', () => {
    expect(docNumberIn(['2007年6月29日 第十届全国人民代表大会常务委员会第二十八次会议通过'])).toBeUndefined();
  });
});

describe('firstEventVerb', () => {
  test('says 通过 for an adopted law and 公布 for a promulgated regulation', () => {
    expect(firstEventVerb(readHistory(['2007年6月29日 第十届会议通过']))).toBe('通过');
    expect(firstEventVerb(readHistory(['2008年8月1日 国务院令第531号公布']))).toBe('公布');
  });
});
