import { describe, expect, test } from 'vitest';
import { toTraditional } from '../../../src/client/traditional';

describe('toTraditional', () => {
  test('converts sentences of the site character by character', () => {
    expect(toTraditional('流动党员学习园地')).toBe('流動黨員學習園地');
    expect(toTraditional('按时交纳党费，参加组织生活。')).toBe('按時交納黨費，參加組織生活。');
    expect(toTraditional('团结带领群众，推动发展。')).toBe('團結帶領群眾，推動發展。');
  });

  test("uses Taiwan's standard forms", () => {
    expect(toTraditional('这里为什么看着')).toBe('這裡為什麼看著');
  });

  test('keeps Latin letters, digits, punctuation and Traditional text unchanged', () => {
    expect(toTraditional('Pagefind 1.6 — OK? 2026-05-01')).toBe('Pagefind 1.6 — OK? 2026-05-01');
    expect(toTraditional('流動黨員學習園地')).toBe('流動黨員學習園地');
  });

  test('picks the right form of a character by the word it is in', () => {
    const cases: [string, string][] = [
      ['联系方式', '聯繫方式'],
      ['组织关系转接', '組織關係轉接'],
      ['党员干部', '黨員幹部'],
      ['干净整洁', '乾淨整潔'],
      ['若干意见', '若干意見'],
      ['复习本课', '複習本課'],
      ['恢复组织生活', '恢復組織生活'],
      ['书面答复', '書面答覆'],
      ['阅读约 5 分钟', '閱讀約 5 分鐘'],
      ['签订劳动合同', '簽訂勞動合同'],
      ['经上级党组织批准', '經上級黨組織批准'],
      ['准备材料', '準備材料'],
      ['了解政策', '瞭解政策'],
      ['党的历史', '黨的歷史'],
      ['农历新年和日历', '農曆新年和日曆'],
      ['以后再说', '以後再說'],
      ['皇后', '皇后'],
      ['家里和村里', '家裡和村裡'],
      ['三公里', '三公里'],
      ['每周学习一次', '每週學習一次'],
      ['周围的群众', '周圍的群眾'],
      ['委托他人代为签到', '委託他人代為簽到'],
      ['尽快汇报', '儘快彙報'],
      ['系统注册', '系統註冊'],
      ['复制链接', '複製鏈接'],
      ['只有面向基层', '只有面向基層'],
      ['制定办法', '制定辦法'],
      ['头发', '頭髮'],
      ['台风和平台', '颱風和平臺'],
      ['台湾', '臺灣'],
      ['钟情', '鍾情'],
      ['书签和标签', '書籤和標籤'],
    ];
    for (const [simplified, traditional] of cases) expect(toTraditional(simplified), simplified).toBe(traditional);
  });

  test('does not join the end of one word and the start of the next into a wrong one', () => {
    const cases: [string, string][] = [
      ['带头发挥作用', '帶頭發揮作用'],
      ['牵头发起', '牽頭發起'],
      ['管理发展', '管理發展'],
      ['机制作用', '機制作用'],
      ['控制成本', '控制成本'],
      ['为了解决问题', '為了解決問題'],
      ['数据不准确', '數據不準確'],
      ['平台风险', '平臺風險'],
      ['有关系统', '有關系統'],
      ['统一只能', '統一只能'],
      ['新征程', '新征程'],
    ];
    for (const [simplified, traditional] of cases) expect(toTraditional(simplified), simplified).toBe(traditional);
  });
});
