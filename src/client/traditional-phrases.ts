// Words whose Traditional form is not the character table's first choice (OpenCC's STCharacters
// keeps one form per character: 系 stays 系, 复 becomes 復, 发 becomes 發). OpenCC's phrase
// dictionary settles these, but it is 400 KB gzipped; this list covers the words a Party study
// and policy site uses. Forms are Taiwan's standard (為, 著, 裡); "简 繁" pairs as OpenCC writes them.
// The longest match starting first wins: a longer entry corrects a shorter one (不准确 over 不准),
// and a word kept as the table converts it stops a wrong match after it (带头 before 发挥, so
// 带头发挥 is not read as 头发 + 挥; 机制 before 作用, so 机制作用 is not read as 制作).

/** Single characters read better in another form here than in OpenCC's first choice. */
export const CHARACTERS = [
  // 签订、签字 far outnumber 标签、书签 (listed below).
  '签 簽',
  // 分钟、时钟: the clock; the surname and 钟情 are listed below.
  '钟 鐘',
].join('|');

const GROUPS = {
  系: '联系 聯繫|维系 維繫|关系 關係|关系统 關系統|干系 干係|系指 係指|确系 確係',
  了: '了解 瞭解|了解决 了解決|明了 明瞭',
  干: '干净 乾淨|干燥 乾燥|干旱 乾旱|饼干 餅乾|晒干 曬乾|干杯 乾杯|若干 若干|干扰 干擾|干预 干預|干涉 干涉',
  发: '头发 頭髮|毛发 毛髮|带头 帶頭|牵头 牽頭|源头 源頭|街头 街頭|口头 口頭|龙头 龍頭|年头 年頭|心头 心頭',
  复: '复习 複習|复杂 複雜|重复 重複|复制 複製|复印 複印|复合 複合|复数 複數|复查 複查|复核 複核|复审 複審|复试 複試|复议 複議|答复 答覆|回复 回覆|批复 批覆|反复 反覆',
  制: '制作 製作|制造 製造|印制 印製|录制 錄製|研制 研製|绘制 繪製|机制 機制|体制 體制|控制 控制|限制 限制|编制 編制|管制 管制|法制 法制|强制 強制|抵制 抵制|专制 專制',
  钟: '钟情 鍾情|钟爱 鍾愛',
  签: '标签 標籤|书签 書籤|抽签 抽籤',
  准: '批准 批准|准许 准許|准予 准予|不准 不准|不准确 不準確|拿不准 拿不準|核准 核准|获准 獲准|准入 准入|准考证 准考證',
  历: '日历 日曆|农历 農曆|公历 公曆|阳历 陽曆|阴历 陰曆|挂历 掛曆|历法 曆法',
  台: '台风 颱風|柜台 櫃檯|台灯 檯燈|平台 平臺',
  里: '公里 公里|千里 千里|万里 萬里|英里 英里|里程 里程|邻里 鄰里|乡里 鄉里|故里 故里',
  后: '皇后 皇后|太后 太后|王后 王后',
  托: '委托 委託|托付 託付|依托 依託|寄托 寄託|信托 信託|托管 託管|拜托 拜託',
  尽: '尽管 儘管|尽量 儘量|尽快 儘快|尽早 儘早|尽可能 儘可能',
  汇: '汇报 彙報|汇编 彙編|汇总 彙總|词汇 詞彙',
  周: '每周 每週|一周 一週|本周 本週|上周 上週|下周 下週|这周 這週|两周 兩週|第一周 第一週|第二周 第二週|第三周 第三週|第四周 第四週|周末 週末|周一 週一|周二 週二|周三 週三|周四 週四|周五 週五|周六 週六|周日 週日|周期 週期|周年 週年|周转 週轉',
  并: '合并 合併|兼并 兼併|一并 一併|并购 併購|吞并 吞併',
  注: '注册 註冊|注销 註銷|备注 備註|注释 註釋|标注 標註|批注 批註|注明 註明|附注 附註|签注 簽註',
  征: '长征 長征|征程 征程|出征 出征|远征 遠征|征战 征戰|征服 征服',
  others:
    '抵触 牴觸|卷入 捲入|侥幸 僥倖|昆山 崑山|钟表 鐘錶|老板 老闆|干粮 乾糧|收获 收穫|松动 鬆動|放松 放鬆|轻松 輕鬆|宽松 寬鬆|精致 精緻|细致 細緻|借口 藉口|凭借 憑藉|风采 風采|文采 文采|神采 神采|北斗 北斗|防御 防禦|冲洗 沖洗|伙食 伙食|稻谷 稻穀|谷物 穀物|五谷 五穀|茶几 茶几|划算 划算|游泳 游泳|上游 上游|下游 下游',
};

/** The phrase dictionary, in OpenCC's "简 繁|简 繁" form. */
export const PHRASES = Object.values(GROUPS).join('|');
