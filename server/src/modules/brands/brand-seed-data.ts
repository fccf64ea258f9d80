import type { BrandLevel, BrandStage, BrandType, CertificateLevel } from '@app/shared/enums';
import { findRegion } from '@app/shared/regions';

/**
 * Seed data for labour brands (劳务品牌), their training-list occupations and the 2025 targets, taken
 * from the two 2022 plans in the team's `seeds/` folder:
 *
 * - 玉林市“八桂系列”劳务品牌建设方案（玉政办函〔2022〕54号）— the text carries no issue date, so
 *   its rows start on 2022-01-01; its horizon is “到2025年” / “十四五”.
 * - 广州市人力资源和社会保障局等17部门关于加强劳务品牌建设的实施方案（穗人社发〔2022〕8号），
 *   dated 2022-07-11; its horizon is “至‘十四五’末”.
 *
 * The stories are short summaries written from the plans, not quotations. Where a field is not in
 * the plans (type, stage, certificate levels, some occupation links), the value is an inference and
 * a comment says so.
 */

export interface BrandSeed {
  /** Stable slug; never change it once seeded. */
  code: string;
  /** The brand name exactly as the plan writes it. */
  name: string;
  aliases: string[];
  /** GB/T 2260 code of the brand's home region. */
  regionCode: string;
  extraRegionCodes: string[];
  level: BrandLevel;
  series: string;
  industry: string;
  type: BrandType;
  stage: BrandStage;
  /** 2–4 sentences in Chinese, summarised from the plan. */
  story: string;
  occupationCodes: string[];
  sortOrder: number;
}

export interface BrandTargetSeed {
  brandCode: string;
  periodEnd: string;
  /** 培训人次 */
  trainingTarget: number;
  /** 带动就业创业人次 */
  employmentTarget: number;
}

export interface OccupationSeed {
  code: string;
  name: string;
  certificateType: '职业技能等级认定' | '专项职业能力考核';
  /** Highest level offered; null for 专项职业能力. */
  maxLevel: CertificateLevel | null;
  subsidised: boolean;
  /** Yuan per person; null because neither plan gives a per-person figure. */
  subsidyAmount: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface ProgrammeTargetSeed {
  plan: 'yulin-2022' | 'guangzhou-2022';
  metric: string;
  label: string;
  value: number;
  periodEnd: string;
}

/**
 * Both plans put brand-related training into subsidised vocational training (玉林: “按规定纳入补贴性
 * 职业技能培训范围”; 广州: “符合条件的按规定给予职业培训补贴”), so every item is subsidised. Neither
 * gives a per-person amount: the only yuan figures are awards to institutions (玉林: ¥300,000 per
 * training base, ¥30,000 per expert studio, ¥100,000 per leading enterprise), so subsidyAmount is null.
 * Both plans run to the end of the 14th Five-Year Plan, hence effectiveTo 2025-12-31.
 */
const YULIN_PERIOD = { effectiveFrom: '2022-01-01', effectiveTo: '2025-12-31' } as const;
const GUANGZHOU_PERIOD = { effectiveFrom: '2022-07-11', effectiveTo: '2025-12-31' } as const;

/**
 * Certificate types and levels are not in the plans, except 缝纫工, which the Yulin plan ties to a
 * 专项职业能力 project. The rest are inferred:
 * - 母婴护理员 / 家务服务员 / 家庭照护员 are the three 工种 of the national 家政服务员 standard
 *   (2019), each graded 五级 to 三级 (二级/技师 is not split by 工种), so maxLevel 3.
 * - 养老护理员 (2019 standard), 中式烹调师 and 中式面点师 are graded 五级 to 一级, so maxLevel 1.
 * - Other graded trades default to 3 (高级工), the top of the band local subsidised courses usually
 *   reach; the bureau raises it on its training list when a higher level is offered.
 * - Narrow skills without a national occupation of their own (病患陪护, 农村建筑工匠, 米粉/牛腩粉,
 *   中药材/香料加工, 古建筑修复) are 专项职业能力考核.
 * 特种作业 (named in the Guangzhou plan) is left out: it is certified by a 特种作业操作证, which is
 * neither of the two evaluation types.
 */
export const OCCUPATION_SEEDS: readonly OccupationSeed[] = [
  // 玉林·家政系列: the five occupations the plan lists for “一老一小一患”.
  {
    code: 'muying-huliyuan',
    name: '母婴护理员',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'jiawu-fuwuyuan',
    name: '家务服务员',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'jiating-zhaohuyuan',
    name: '家庭照护员',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'yanglao-huliyuan',
    name: '养老护理员',
    certificateType: '职业技能等级认定',
    maxLevel: 1,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'binghuan-peihugong',
    name: '病患陪护工',
    certificateType: '专项职业能力考核',
    maxLevel: null,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  // 玉林·建工系列.
  {
    code: 'nongcun-jianzhu-gongjiang',
    name: '农村建筑工匠',
    certificateType: '专项职业能力考核',
    maxLevel: null,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'qizhugong',
    name: '砌筑工',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'xiangtiegong',
    name: '镶贴工',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'hunningtugong',
    name: '混凝土工',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'gangjingong',
    name: '钢筋工',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    // Also named by the Guangzhou plan (装配式建筑 劳务企业); the earlier plan sets the start date.
    code: 'zhuangpeishi-jianzhugong',
    name: '装配式建筑工',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  // 玉林·米粉系列: 牛腩粉 is the focus; 米粉制作 is the wider trade the plan also names.
  {
    code: 'niunanfen-zhizuogong',
    name: '牛腩粉制作工',
    certificateType: '专项职业能力考核',
    maxLevel: null,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'mifen-zhizuo',
    name: '米粉制作',
    certificateType: '专项职业能力考核',
    maxLevel: null,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  // 福绵裁缝: the plan itself speaks of a 缝纫工专项职业能力提升工程.
  {
    code: 'fengrengong',
    name: '缝纫工',
    certificateType: '专项职业能力考核',
    maxLevel: null,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  // 香药师傅: “中医药、香料产业制作、加工”, split into its two industries.
  {
    code: 'zhongyaocai-jiagong',
    name: '中药材加工',
    certificateType: '专项职业能力考核',
    maxLevel: null,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'xiangliao-jiagong',
    name: '香料加工',
    certificateType: '专项职业能力考核',
    maxLevel: null,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  // 北流陶瓷工匠: “陶瓷技艺”, split into the forming/glazing and decorating occupations.
  {
    code: 'taoci-chengxing-shiyougong',
    name: '陶瓷成型施釉工',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  {
    code: 'taoci-zhuangshigong',
    name: '陶瓷装饰工',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...YULIN_PERIOD,
  },
  // 广州: the plan names few occupations. 育婴员, 粤菜厨师 and 中式面点师 are implied by its brands
  // (从化月嫂/增城妈妈, the “一老一小” fields, 粤菜师傅, 广府特色小吃) rather than listed in its text.
  {
    code: 'yuyingyuan',
    name: '育婴员',
    certificateType: '职业技能等级认定',
    maxLevel: 3,
    subsidised: true,
    subsidyAmount: null,
    ...GUANGZHOU_PERIOD,
  },
  {
    // Evaluated under the national occupation 中式烹调师.
    code: 'yuecai-chushi',
    name: '粤菜厨师',
    certificateType: '职业技能等级认定',
    maxLevel: 1,
    subsidised: true,
    subsidyAmount: null,
    ...GUANGZHOU_PERIOD,
  },
  {
    code: 'zhongshi-miandianshi',
    name: '中式面点师',
    certificateType: '职业技能等级认定',
    maxLevel: 1,
    subsidised: true,
    subsidyAmount: null,
    ...GUANGZHOU_PERIOD,
  },
  {
    // Named with 特种作业 and 装配式建筑 as 工种 for 劳务企业 (measure 六).
    code: 'gujianzhu-xiufu',
    name: '古建筑修复',
    certificateType: '专项职业能力考核',
    maxLevel: null,
    subsidised: true,
    subsidyAmount: null,
    ...GUANGZHOU_PERIOD,
  },
];

const JIAZHENG_OCCUPATIONS = [
  'muying-huliyuan',
  'jiawu-fuwuyuan',
  'jiating-zhaohuyuan',
  'yanglao-huliyuan',
  'binghuan-peihugong',
];

/**
 * Level: 八桂家政/建工/米粉师傅 are the autonomous region's brands (桂政办发〔2021〕141号) that
 * Yulin builds local chapters of, so provincial with Yulin as home; 福绵裁缝/香药师傅/北流陶瓷工匠 are
 * the plan's “玉林特色劳务品牌”, so municipal. The Guangzhou plan does not say which of its brands
 * count towards the 10 市级 ones; level follows the home region: city-wide brands municipal,
 * single-district brands county (区 = 县级), 三项工程 provincial.
 *
 * Type: only the Guangzhou plan defines the four types, tying them to its focus fields
 * (战略性新兴产业 → 高端技能型, 现代服务业 → 高品质服务型, 文化旅游 → 文化旅游类, 民生保障 → 民生保障型);
 * it assigns no brand to a type, so every type below is inferred from the brand's field. Care work is
 * 民生保障型 because both plans frame it as urgent public need (“一老一小一患”, “民生紧缺领域”); trade
 * and manufacturing skills are 高端技能型, the only skills-based type; food brands are 文化旅游类.
 *
 * Stage, inferred from the wording: “打造/建设/创新打造” → 培育期; a “提升” project on an established
 * industry → 成长期; the provincial 三项工程, running since 2018 and used by Guangzhou as the mature base
 * its brands lean on (“发挥‘三项工程’资源优势”), → 成熟期.
 */
export const BRAND_SEEDS: readonly BrandSeed[] = [
  {
    code: 'bagui-jiazheng',
    name: '八桂家政',
    aliases: [],
    regionCode: '450900',
    extraRegionCodes: [],
    level: 'provincial',
    series: '八桂系列',
    industry: '家政服务',
    type: '民生保障型',
    stage: '培育期',
    story:
      '八桂家政是广西自治区统一推出的家政劳务品牌，玉林以它为龙头建设本地家政系列品牌。品牌瞄准“一老一小一患”的照护需求，重点培训母婴护理员、家务服务员、家庭照护员、养老护理员和病患陪护工，并建设市级家政服务平台，让线上线下的供需直接对接。目标是到2025年完成家政类培训1.5万人次以上，带动家政行业就业创业2万人次以上。',
    occupationCodes: JIAZHENG_OCCUPATIONS,
    sortOrder: 10,
  },
  {
    code: 'bagui-jiangong',
    name: '八桂建工',
    aliases: [],
    regionCode: '450900',
    extraRegionCodes: [],
    level: 'provincial',
    series: '八桂系列',
    industry: '建筑施工',
    // Inferred: construction trades are skills-based; 装配式建筑 is the upmarket end.
    type: '高端技能型',
    stage: '培育期',
    story:
      '八桂建工是自治区建筑施工类劳务品牌，玉林据此打造本地建工系列。品牌结合农村人居环境整治提升和建筑业用工量大的工种，培养农村建筑工匠以及砌筑、镶贴、混凝土、钢筋、装配式建筑等技能工人。计划到2025年开展建工类培训1万人次以上，带动建筑行业就业创业1.5万人次以上。',
    occupationCodes: [
      'nongcun-jianzhu-gongjiang',
      'qizhugong',
      'xiangtiegong',
      'hunningtugong',
      'gangjingong',
      'zhuangpeishi-jianzhugong',
    ],
    sortOrder: 20,
  },
  {
    code: 'bagui-mifen-shifu',
    name: '八桂米粉师傅',
    aliases: ['牛腩粉师傅'],
    regionCode: '450900',
    extraRegionCodes: [],
    level: 'provincial',
    series: '八桂系列',
    industry: '餐饮（米粉）',
    // Inferred: a regional food trade, the same field as 广府特色小吃 and 粤菜师傅.
    type: '文化旅游类',
    stage: '培育期',
    story:
      '八桂米粉师傅是自治区的米粉劳务品牌，玉林的本地品牌以“牛腩粉师傅”为重点，专门培养牛腩粉制作技能人才。计划到2025年开展米粉类培训1万人次以上，带动米粉行业就业创业1.5万人次以上。',
    occupationCodes: ['niunanfen-zhizuogong', 'mifen-zhizuo'],
    sortOrder: 30,
  },
  {
    code: 'fumian-caifeng',
    name: '福绵裁缝',
    aliases: [],
    regionCode: '450903',
    extraRegionCodes: [],
    level: 'municipal',
    series: '八桂系列',
    industry: '服装缝制',
    // Inferred: a manufacturing skill.
    type: '高端技能型',
    // Inferred: built on 福绵区's existing textile and garment industry through a “提升” project.
    stage: '成长期',
    story:
      '福绵裁缝是依托福绵区纺织服装产业打造的玉林特色劳务品牌。品牌通过缝纫工专项职业能力提升工程培养服装缝制人才，以品牌扩大劳务输出、带动本地就业。目标是到2025年开展纺织服装类培训1万人次以上，带动服装行业就业创业1.5万人次以上。',
    occupationCodes: ['fengrengong'],
    sortOrder: 40,
  },
  {
    code: 'xiangyao-shifu',
    name: '香药师傅',
    aliases: [],
    regionCode: '450902',
    // The plan makes 玉州区 and 陆川县 jointly responsible.
    extraRegionCodes: ['450922'],
    level: 'municipal',
    series: '八桂系列',
    industry: '中药材与香料',
    // Inferred: processing skills in the spice and medicinal-materials industries.
    type: '高端技能型',
    stage: '培育期',
    story:
      '香药师傅围绕玉林的香料和中医药产业打造，由玉州区和陆川县共同承担建设。品牌重点培养中药材与香料的制作、加工技能人才。计划到2025年开展医药类、香料类培训5000人次以上，带动中药材和香料行业就业创业8000人次以上。',
    occupationCodes: ['zhongyaocai-jiagong', 'xiangliao-jiagong'],
    sortOrder: 50,
  },
  {
    code: 'beiliu-taoci-gongjiang',
    name: '北流陶瓷工匠',
    aliases: [],
    regionCode: '450981',
    extraRegionCodes: [],
    level: 'municipal',
    series: '八桂系列',
    industry: '陶瓷制造',
    // Inferred: the plan ties it to the ceramics industry, so a manufacturing skill.
    type: '高端技能型',
    stage: '培育期',
    story:
      '北流陶瓷工匠是服务玉林陶瓷产业、由北流市负责建设的特色劳务品牌，重点培养陶瓷技艺人才。计划到2025年开展陶瓷技艺类培训3000人次以上，带动陶瓷行业就业创业5000人次以上。',
    occupationCodes: ['taoci-chengxing-shiyougong', 'taoci-zhuangshigong'],
    sortOrder: 60,
  },
  {
    code: 'yangcheng-jiazheng',
    name: '羊城家政',
    aliases: [],
    regionCode: '440100',
    extraRegionCodes: [],
    level: 'municipal',
    series: '广州劳务品牌',
    industry: '家政服务',
    type: '民生保障型',
    stage: '培育期',
    story:
      '羊城家政是广州市方案点名创新打造的家政劳务品牌，按“一品一策”单独明确发展规划、建设思路和工作重点。品牌与省“南粤家政”工程相衔接，面向“一老一小”等民生紧缺领域培养家政服务人才，参训人员符合条件的可享受职业培训补贴。',
    // Inferred: the plan names no occupations for it; the 家政 family used by 八桂家政/南粤家政.
    occupationCodes: [...JIAZHENG_OCCUPATIONS, 'yuyingyuan'],
    sortOrder: 70,
  },
  {
    code: 'zengcheng-mama',
    name: '增城妈妈',
    aliases: [],
    regionCode: '440118',
    extraRegionCodes: [],
    level: 'county',
    series: '广州劳务品牌',
    industry: '家政服务',
    type: '民生保障型',
    stage: '培育期',
    story:
      '增城妈妈是立足增城区的家政类劳务品牌，被广州市方案列为创新打造的特色品牌之一。方案要求对其实行“一品一策”，并发动培训、就业服务等机构提供支撑，帮助当地劳动者凭家政服务技能就业。',
    // Inferred from the brand's field; the plan names no occupations for it.
    occupationCodes: ['jiawu-fuwuyuan', 'muying-huliyuan', 'yuyingyuan'],
    sortOrder: 80,
  },
  {
    code: 'conghua-yuesao',
    name: '从化月嫂',
    aliases: [],
    regionCode: '440117',
    extraRegionCodes: [],
    level: 'county',
    series: '广州劳务品牌',
    industry: '母婴护理',
    type: '民生保障型',
    stage: '培育期',
    story:
      '从化月嫂是立足从化区的母婴护理劳务品牌，被广州市方案列为创新打造的特色品牌之一。品牌培养月嫂等母婴照护人才，回应“一老一小”中婴幼儿照护的需求，按“一品一策”推进建设。',
    // Inferred: 月嫂 work is 母婴护理 and infant care.
    occupationCodes: ['muying-huliyuan', 'yuyingyuan'],
    sortOrder: 90,
  },
  {
    code: 'guangfu-xiaochi',
    name: '广府特色小吃',
    aliases: [],
    regionCode: '440100',
    extraRegionCodes: [],
    level: 'municipal',
    series: '广州劳务品牌',
    industry: '餐饮（广府小吃）',
    type: '文化旅游类',
    stage: '培育期',
    story:
      '广府特色小吃是广州市方案点名打造的餐饮劳务品牌，依托广府饮食文化培养小吃和点心制作人才。方案提出结合文化旅游产业建设劳务品牌非遗工坊和文化体验馆（街、商圈），讲好广州劳务品牌故事。',
    // Inferred: snacks and dim sum are 面点 work, with 粤菜 cooking alongside.
    occupationCodes: ['zhongshi-miandianshi', 'yuecai-chushi'],
    sortOrder: 100,
  },
  {
    code: 'huangpu-sandu-jigongban',
    name: '黄埔·三都技工班',
    aliases: ['黄埔三都技工班'],
    regionCode: '440112',
    // 三都 is 三都水族自治县 (522732) in 黔南州, one of the plan's partner areas; the prefecture is used
    // because it is the seeded region.
    extraRegionCodes: ['522700'],
    level: 'county',
    series: '广州劳务品牌',
    industry: '技能人才',
    // Inferred: a skilled-worker class.
    type: '高端技能型',
    stage: '培育期',
    story:
      '黄埔·三都技工班是广州市方案列出的特色劳务品牌，以黄埔区为依托，名称指向与贵州黔南州三都县的协作。方案要求加强与黔南州等协作地区的劳务协作，通过区域间定向输出和企业直接吸纳，建立长期稳定的劳务输出渠道。',
    occupationCodes: [],
    sortOrder: 110,
  },
  {
    code: 'shanhai-xinlian-zhijia',
    name: '山海心连之家',
    aliases: [],
    regionCode: '440100',
    // The partner areas the plan names for labour cooperation.
    extraRegionCodes: ['520500', '522700', '520400'],
    level: 'municipal',
    series: '广州劳务品牌',
    industry: '就业服务',
    // Inferred: follow-up employment and rights protection for workers from partner areas.
    type: '民生保障型',
    stage: '培育期',
    story:
      '山海心连之家是广州面向贵州毕节、黔南、安顺等协作地区的劳务协作服务品牌。方案要求发挥“山海心连之家”服务站的作用，为劳务品牌从业人员提供就业和权益保障的跟踪服务，并与协作地区共建长期稳定的劳务输出渠道。',
    occupationCodes: [],
    sortOrder: 120,
  },
  {
    code: 'daxuesheng-ezhan',
    name: '大学生就业创业e站',
    aliases: ['大学生就业创业E站'],
    regionCode: '440100',
    extraRegionCodes: [],
    level: 'municipal',
    series: '广州劳务品牌',
    industry: '就业服务',
    // Inferred: professional employment and start-up services sit in 现代服务业.
    type: '高品质服务型',
    stage: '培育期',
    story:
      '大学生就业创业e站是广州市方案点名创新打造的就业服务品牌，实行“一品一策”。方案提出发动培训、就业服务、创业孵化和咨询指导机构为特色品牌提供支撑，对符合条件的创业者落实创业培训补贴、一次性创业资助、创业担保贷款及贴息等政策。',
    occupationCodes: [],
    sortOrder: 130,
  },
  {
    code: 'jiuye-xiexing-huiwanjia',
    name: '就业偕行惠万家',
    aliases: [],
    regionCode: '440100',
    extraRegionCodes: [],
    level: 'municipal',
    series: '广州劳务品牌',
    industry: '就业服务',
    // Inferred: a public employment service aimed at households.
    type: '民生保障型',
    stage: '培育期',
    story:
      '就业偕行惠万家是广州市方案点名创新打造的就业服务品牌，由市里按“一品一策”明确其发展规划和建设思路。方案要求各类就业服务机构为其提供支撑，通过线上线下就业推荐和“南粤春暖就业服务月”“民营企业招聘月”等专项活动促进供需对接。',
    occupationCodes: [],
    sortOrder: 140,
  },
  {
    code: 'yuecai-shifu',
    name: '粤菜师傅',
    aliases: [],
    regionCode: '440000',
    extraRegionCodes: ['440100'],
    level: 'provincial',
    series: '三项工程',
    industry: '餐饮（粤菜）',
    // Inferred: food culture, as for 广府特色小吃.
    type: '文化旅游类',
    stage: '成熟期',
    story:
      '粤菜师傅是广东省“三项工程”之一，也是广州劳务品牌建设重点聚焦的领域。广州依托它构建多层次培训体系，培养粤菜烹饪和点心制作技能人才，并借助工程的资源优势认定一批龙头企业和诚信企业。',
    occupationCodes: ['yuecai-chushi', 'zhongshi-miandianshi'],
    sortOrder: 150,
  },
  {
    code: 'guangdong-jigong',
    name: '广东技工',
    aliases: [],
    regionCode: '440000',
    extraRegionCodes: ['440100'],
    level: 'provincial',
    series: '三项工程',
    industry: '技能人才',
    type: '高端技能型',
    stage: '成熟期',
    story:
      '广东技工是广东省“三项工程”之一，广州将其作为劳务品牌建设的重点领域。广州通过多层次培训体系、高技能人才培养基地以及高技能人才与专业技术人才的职业发展贯通来壮大技能人才队伍，并推动发展以装配式建筑、古建筑修复等工种为主的劳务企业。',
    // Inferred: the 工种 the plan names for 劳务企业 under the 三项工程 measure.
    occupationCodes: ['zhuangpeishi-jianzhugong', 'gujianzhu-xiufu'],
    sortOrder: 160,
  },
  {
    code: 'nanyue-jiazheng',
    name: '南粤家政',
    aliases: [],
    regionCode: '440000',
    extraRegionCodes: ['440100'],
    level: 'provincial',
    series: '三项工程',
    industry: '家政服务',
    type: '民生保障型',
    stage: '成熟期',
    story:
      '南粤家政是广东省“三项工程”之一，广州方案把它列为劳务品牌建设的重点聚焦领域。广州支持有条件的院校开设“一老一小”等民生紧缺领域专业以扩大家政人才供给，并依托工程的资源优势认定龙头企业和诚信企业，支持服务型劳务品牌企业发展。',
    // Inferred: the plan names no occupations; the 家政 family plus 育婴员 for “一小”.
    occupationCodes: [...JIAZHENG_OCCUPATIONS, 'yuyingyuan'],
    sortOrder: 170,
  },
];

/**
 * Yulin per-brand targets to 2025 (培训人次 / 带动就业创业人次, each “以上”). The plan's figures agree
 * with the issue. The Guangzhou plan gives no per-brand figures.
 */
export const BRAND_TARGET_SEEDS: readonly BrandTargetSeed[] = [
  {
    brandCode: 'bagui-jiazheng',
    periodEnd: '2025',
    trainingTarget: 15000,
    employmentTarget: 20000,
  },
  {
    brandCode: 'bagui-jiangong',
    periodEnd: '2025',
    trainingTarget: 10000,
    employmentTarget: 15000,
  },
  {
    brandCode: 'bagui-mifen-shifu',
    periodEnd: '2025',
    trainingTarget: 10000,
    employmentTarget: 15000,
  },
  {
    brandCode: 'fumian-caifeng',
    periodEnd: '2025',
    trainingTarget: 10000,
    employmentTarget: 15000,
  },
  { brandCode: 'xiangyao-shifu', periodEnd: '2025', trainingTarget: 5000, employmentTarget: 8000 },
  {
    brandCode: 'beiliu-taoci-gongjiang',
    periodEnd: '2025',
    trainingTarget: 3000,
    employmentTarget: 5000,
  },
];

/**
 * Programme-wide counts to 2025. Yulin: all 市级; awards per unit are ¥300,000 (training base),
 * ¥30,000 (expert studio) and ¥100,000 once (leading enterprise). Guangzhou: “推进创建10家有影响的
 * 市级劳务品牌，培育20家有潜力的本地劳务品牌”.
 */
export const PROGRAMME_TARGET_SEEDS: readonly ProgrammeTargetSeed[] = [
  {
    plan: 'yulin-2022',
    metric: 'featured_brands',
    label: '玉林特色劳务品牌',
    value: 3,
    periodEnd: '2025',
  },
  {
    plan: 'yulin-2022',
    metric: 'training_bases',
    label: '劳务品牌市级培训基地',
    value: 6,
    periodEnd: '2025',
  },
  {
    plan: 'yulin-2022',
    metric: 'incubation_bases',
    label: '劳务品牌市级创业孵化基地',
    value: 2,
    periodEnd: '2025',
  },
  {
    plan: 'yulin-2022',
    metric: 'expert_studios',
    label: '劳务品牌市级专家工作室',
    value: 6,
    periodEnd: '2025',
  },
  {
    plan: 'yulin-2022',
    metric: 'leading_enterprises',
    label: '劳务品牌市级龙头企业',
    value: 6,
    periodEnd: '2025',
  },
  {
    plan: 'yulin-2022',
    metric: 'leader_figures',
    label: '劳务品牌市级领军人物',
    value: 6,
    periodEnd: '2025',
  },
  {
    plan: 'guangzhou-2022',
    metric: 'municipal_brands',
    label: '有影响的市级劳务品牌',
    value: 10,
    periodEnd: '2025',
  },
  {
    plan: 'guangzhou-2022',
    metric: 'local_brands',
    label: '有潜力的本地劳务品牌',
    value: 20,
    periodEnd: '2025',
  },
];

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

export function checkBrandSeeds(): string[] {
  const problems: string[] = [];
  const occupationCodes = new Set(OCCUPATION_SEEDS.map((o) => o.code));
  const brandCodes = new Set(BRAND_SEEDS.map((b) => b.code));

  for (const code of duplicates(OCCUPATION_SEEDS.map((o) => o.code))) {
    problems.push(`duplicate occupation code ${code}`);
  }
  for (const name of duplicates(OCCUPATION_SEEDS.map((o) => o.name))) {
    problems.push(`duplicate occupation name ${name}`);
  }
  for (const code of duplicates(BRAND_SEEDS.map((b) => b.code))) {
    problems.push(`duplicate brand code ${code}`);
  }
  for (const name of duplicates(BRAND_SEEDS.map((b) => b.name))) {
    problems.push(`duplicate brand name ${name}`);
  }
  for (const order of duplicates(BRAND_SEEDS.map((b) => String(b.sortOrder)))) {
    problems.push(`duplicate brand sortOrder ${order}`);
  }

  for (const o of OCCUPATION_SEEDS) {
    if (o.certificateType === '专项职业能力考核' && o.maxLevel !== null) {
      problems.push(`occupation ${o.code}: 专项职业能力 must have no level`);
    }
    if (o.certificateType === '职业技能等级认定' && o.maxLevel === null) {
      problems.push(`occupation ${o.code}: 职业技能等级认定 needs a level`);
    }
    if (o.effectiveTo !== null && o.effectiveTo < o.effectiveFrom) {
      problems.push(`occupation ${o.code}: effectiveTo before effectiveFrom`);
    }
  }

  for (const b of BRAND_SEEDS) {
    for (const code of b.occupationCodes) {
      if (!occupationCodes.has(code)) problems.push(`brand ${b.code}: unknown occupation ${code}`);
    }
    for (const code of duplicates(b.occupationCodes)) {
      problems.push(`brand ${b.code}: occupation ${code} listed twice`);
    }
    for (const region of [b.regionCode, ...b.extraRegionCodes]) {
      if (!findRegion(region)) problems.push(`brand ${b.code}: unknown region ${region}`);
    }
    if (b.extraRegionCodes.includes(b.regionCode)) {
      problems.push(`brand ${b.code}: home region repeated in extraRegionCodes`);
    }
  }

  for (const t of BRAND_TARGET_SEEDS) {
    if (!brandCodes.has(t.brandCode)) problems.push(`target for unknown brand ${t.brandCode}`);
  }
  for (const key of duplicates(BRAND_TARGET_SEEDS.map((t) => `${t.brandCode}@${t.periodEnd}`))) {
    problems.push(`duplicate brand target ${key}`);
  }
  for (const key of duplicates(
    PROGRAMME_TARGET_SEEDS.map((t) => `${t.plan}:${t.metric}@${t.periodEnd}`),
  )) {
    problems.push(`duplicate programme target ${key}`);
  }

  return problems;
}
