/** Word material for realistic Chinese master data: places, company names, people. */

export interface City {
  name: string;
  region: string;
  /** GB/T 2260 administrative code, used in USCC positions 3–8. */
  areaCode: string;
  postcode: string;
  phoneArea: string;
  /** Relative share of customers. */
  weight: number;
}

export const CITIES: readonly City[] = [
  { name: '上海', region: '华东', areaCode: '310000', postcode: '200000', phoneArea: '021', weight: 9 },
  { name: '杭州', region: '华东', areaCode: '330100', postcode: '310000', phoneArea: '0571', weight: 7 },
  { name: '宁波', region: '华东', areaCode: '330200', postcode: '315000', phoneArea: '0574', weight: 4 },
  { name: '温州', region: '华东', areaCode: '330300', postcode: '325000', phoneArea: '0577', weight: 3 },
  { name: '南京', region: '华东', areaCode: '320100', postcode: '210000', phoneArea: '025', weight: 5 },
  { name: '苏州', region: '华东', areaCode: '320500', postcode: '215000', phoneArea: '0512', weight: 5 },
  { name: '无锡', region: '华东', areaCode: '320200', postcode: '214000', phoneArea: '0510', weight: 3 },
  { name: '合肥', region: '华东', areaCode: '340100', postcode: '230000', phoneArea: '0551', weight: 3 },
  { name: '济南', region: '华东', areaCode: '370100', postcode: '250000', phoneArea: '0531', weight: 3 },
  { name: '青岛', region: '华东', areaCode: '370200', postcode: '266000', phoneArea: '0532', weight: 3 },
  { name: '福州', region: '华东', areaCode: '350100', postcode: '350000', phoneArea: '0591', weight: 2 },
  { name: '厦门', region: '华东', areaCode: '350200', postcode: '361000', phoneArea: '0592', weight: 2 },
  { name: '广州', region: '华南', areaCode: '440100', postcode: '510000', phoneArea: '020', weight: 7 },
  { name: '深圳', region: '华南', areaCode: '440300', postcode: '518000', phoneArea: '0755', weight: 7 },
  { name: '东莞', region: '华南', areaCode: '441900', postcode: '523000', phoneArea: '0769', weight: 3 },
  { name: '佛山', region: '华南', areaCode: '440600', postcode: '528000', phoneArea: '0757', weight: 3 },
  { name: '南宁', region: '华南', areaCode: '450100', postcode: '530000', phoneArea: '0771', weight: 1 },
  { name: '海口', region: '华南', areaCode: '460100', postcode: '570000', phoneArea: '0898', weight: 1 },
  { name: '北京', region: '华北', areaCode: '110000', postcode: '100000', phoneArea: '010', weight: 8 },
  { name: '天津', region: '华北', areaCode: '120000', postcode: '300000', phoneArea: '022', weight: 4 },
  { name: '石家庄', region: '华北', areaCode: '130100', postcode: '050000', phoneArea: '0311', weight: 2 },
  { name: '唐山', region: '华北', areaCode: '130200', postcode: '063000', phoneArea: '0315', weight: 2 },
  { name: '太原', region: '华北', areaCode: '140100', postcode: '030000', phoneArea: '0351', weight: 1 },
  { name: '呼和浩特', region: '华北', areaCode: '150100', postcode: '010000', phoneArea: '0471', weight: 1 },
  { name: '武汉', region: '华中', areaCode: '420100', postcode: '430000', phoneArea: '027', weight: 4 },
  { name: '长沙', region: '华中', areaCode: '430100', postcode: '410000', phoneArea: '0731', weight: 3 },
  { name: '郑州', region: '华中', areaCode: '410100', postcode: '450000', phoneArea: '0371', weight: 3 },
  { name: '南昌', region: '华中', areaCode: '360100', postcode: '330000', phoneArea: '0791', weight: 2 },
  { name: '成都', region: '西南', areaCode: '510100', postcode: '610000', phoneArea: '028', weight: 4 },
  { name: '重庆', region: '西南', areaCode: '500000', postcode: '400000', phoneArea: '023', weight: 4 },
  { name: '昆明', region: '西南', areaCode: '530100', postcode: '650000', phoneArea: '0871', weight: 1 },
  { name: '贵阳', region: '西南', areaCode: '520100', postcode: '550000', phoneArea: '0851', weight: 1 },
  { name: '西安', region: '西北', areaCode: '610100', postcode: '710000', phoneArea: '029', weight: 3 },
  { name: '兰州', region: '西北', areaCode: '620100', postcode: '730000', phoneArea: '0931', weight: 1 },
  { name: '乌鲁木齐', region: '西北', areaCode: '650100', postcode: '830000', phoneArea: '0991', weight: 1 },
  { name: '沈阳', region: '东北', areaCode: '210100', postcode: '110000', phoneArea: '024', weight: 2 },
  { name: '大连', region: '东北', areaCode: '210200', postcode: '116000', phoneArea: '0411', weight: 2 },
  { name: '长春', region: '东北', areaCode: '220100', postcode: '130000', phoneArea: '0431', weight: 1 },
  { name: '哈尔滨', region: '东北', areaCode: '230100', postcode: '150000', phoneArea: '0451', weight: 1 },
];

export const REGIONS: readonly string[] = [...new Set(CITIES.map((c) => c.region))];

/** Two-character trade names (字号) are one character from each list. */
export const BRAND_FIRST = '恒华宏金瑞鼎长远同博嘉永盛天中海正东联利汇安广富祥万新兴隆德泰鑫佳润宝亿通明信诚'.split('');
export const BRAND_SECOND = '信越达桥丰盛城航创源禾泰世成联纳方通康和图晟辉鸿昌发利强宇科业茂益顺祥龙凯华'.split('');

export const DISTRICTS = ['经济技术开发区', '高新技术产业开发区', '工业园区', '滨江新区', '临港新城', '保税区', '城东新区', '现代物流园'];
export const ROADS = ['建设路', '工业大道', '科技路', '创业路', '人民路', '解放大道', '长江路', '黄河路', '新华路', '中山路', '文化路', '发展大道'];

export const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72], ['李', 70], ['张', 67], ['刘', 54], ['陈', 45], ['杨', 31], ['黄', 22], ['赵', 20], ['吴', 20], ['周', 19],
  ['徐', 15], ['孙', 15], ['马', 13], ['朱', 13], ['胡', 12], ['郭', 12], ['何', 11], ['高', 11], ['林', 10], ['罗', 10],
  ['郑', 9], ['梁', 9], ['谢', 8], ['宋', 7], ['唐', 7], ['许', 7], ['韩', 6], ['冯', 6], ['邓', 6], ['曹', 6],
  ['彭', 5], ['曾', 5], ['肖', 5], ['田', 5], ['董', 5], ['袁', 4], ['潘', 4], ['于', 4], ['蒋', 4], ['蔡', 4],
  ['余', 4], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 3], ['魏', 3], ['吕', 3], ['丁', 3], ['任', 3], ['沈', 3],
];
export const GIVEN_NAMES = [
  '伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞',
  '平', '刚', '桂英', '建华', '建国', '志强', '海燕', '国华', '文静', '志明', '立新', '晓燕', '俊杰', '浩然', '子涵', '雨轩',
  '欣怡', '思远', '嘉怡', '宇航', '振东', '红梅', '玉兰', '春生', '德胜', '国庆', '丽华', '永强', '晓东', '佳琪',
];

export const TITLES = ['总经理', '采购总监', '技术部经理', '董事长', '质量经理', '副总经理', '财务总监', '销售经理'];
