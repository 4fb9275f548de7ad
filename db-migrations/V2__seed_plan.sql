-- Seed: the county's plan for 2022–2024, transcribed from
--   砚山县人民政府办公室关于印发砚山县贯彻落实《云南省促进残疾人就业三年行动实施方案（2022—2024年）》任务分解方案的通知
--   (issued 2023-03-30) and its attachment, the task decomposition list (任务分解清单).
-- Holds: the units named in the list's lead/responsible columns (plus the 11 townships with their statistical codes
-- and 县人民政府残疾人工作委员会办公室, who receives the reports), their aliases, the group words, the plan,
-- its 2 sections, 16 tasks, 47 measures, task units, and the 12 quarterly reporting periods.
--
-- The text was extracted from a PDF; these repairs were made:
--   * rows split by page breaks are joined to the task above (measures and unit lists);
--     a measure cut mid-sentence is joined without a break (一.2 measure 2, 一.6 measure 3);
--   * words cut at a page break: 县乡村 + 振兴局 -> 县乡村振兴局; the stray 会保障局 fragment after the break in
--     一.2 is the tail of 县人力资源和社会保障局, already named;
--   * the English word " and " stands for 和 (4 places) and is replaced;
--   * doubled text removed: 个人个人 -> 个人, 的的 -> 的, 宣传、宣传 -> 宣传;
--   * <p> tags and measure numbers (1. 2. ...) removed; an unnumbered cell is one measure, its paragraphs
--     kept apart by a line break (二.5);
--   * spellings of one unit are mapped to one canonical name (see unit_alias); group words are expanded.
-- Plain INSERTs that H2 2.x and PostgreSQL both accept; ids are explicit and identities restart at 1000 at the end.


-- 单位: townships first (statistical code order), then the other units in order of first appearance in the list.
INSERT INTO unit (id, name, kind, township_code, sort_order) VALUES
    (1, '江那镇', 'TOWNSHIP', '532622101', 1),
    (2, '平远镇', 'TOWNSHIP', '532622102', 2),
    (3, '稼依镇', 'TOWNSHIP', '532622103', 3),
    (4, '阿猛镇', 'TOWNSHIP', '532622104', 4),
    (5, '阿舍彝族乡', 'TOWNSHIP', '532622201', 5),
    (6, '维摩彝族乡', 'TOWNSHIP', '532622202', 6),
    (7, '盘龙彝族乡', 'TOWNSHIP', '532622203', 7),
    (8, '八嘎乡', 'TOWNSHIP', '532622204', 8),
    (9, '者腊乡', 'TOWNSHIP', '532622205', 9),
    (10, '蚌峨乡', 'TOWNSHIP', '532622206', 10),
    (11, '干河彝族乡', 'TOWNSHIP', '532622207', 11),
    (12, '县委组织部', 'DEPARTMENT', NULL, 12),
    (13, '县委编委办', 'DEPARTMENT', NULL, 13),
    (14, '县财政局（国资局）', 'DEPARTMENT', NULL, 14),
    (15, '县人力资源和社会保障局', 'DEPARTMENT', NULL, 15),
    (16, '县残联', 'PEOPLES_ORGANIZATION', NULL, 16),
    (17, '县税务局', 'STATIONED', NULL, 17),
    (18, '县工信商务局', 'DEPARTMENT', NULL, 18),
    (19, '县烟草专卖局', 'STATIONED', NULL, 19),
    (20, '县邮政局', 'STATIONED', NULL, 20),
    (21, '工商联', 'PEOPLES_ORGANIZATION', NULL, 21),
    (22, '县发展改革委', 'DEPARTMENT', NULL, 22),
    (23, '县文化和旅游局', 'DEPARTMENT', NULL, 23),
    (24, '县乡村振兴局', 'DEPARTMENT', NULL, 24),
    (25, '县农业技术推广中心', 'DEPARTMENT', NULL, 25),
    (26, '县融媒体中心', 'DEPARTMENT', NULL, 26),
    (27, '中国邮政', 'STATIONED', NULL, 27),
    (28, '中国农业银行砚山支行', 'STATIONED', NULL, 28),
    (29, '县教育局', 'DEPARTMENT', NULL, 29),
    (30, '县卫生健康局', 'DEPARTMENT', NULL, 30),
    (31, '县民政局', 'DEPARTMENT', NULL, 31),
    (32, '县农业农村局', 'DEPARTMENT', NULL, 32),
    (33, '县科学技术局', 'DEPARTMENT', NULL, 33),
    (34, '县市场监管局', 'DEPARTMENT', NULL, 34),
    (35, '县退役军人局', 'DEPARTMENT', NULL, 35),
    (36, '县委宣传部', 'DEPARTMENT', NULL, 36),
    (37, '县人民政府残疾人工作委员会办公室', 'OTHER', NULL, 37);

-- Other spellings: from the document, the reading notes, and short forms a clerk would write.
INSERT INTO unit_alias (alias, unit_id) VALUES
    ('江那', 1),
    ('江那镇人民政府', 1),
    ('平远', 2),
    ('平远镇人民政府', 2),
    ('稼依', 3),
    ('稼依镇人民政府', 3),
    ('阿猛', 4),
    ('阿猛镇人民政府', 4),
    ('阿舍乡', 5),
    ('阿舍', 5),
    ('阿舍彝族乡人民政府', 5),
    ('维摩乡', 6),
    ('维摩', 6),
    ('维摩彝族乡人民政府', 6),
    ('盘龙乡', 7),
    ('盘龙', 7),
    ('盘龙彝族乡人民政府', 7),
    ('八嘎', 8),
    ('八嘎乡人民政府', 8),
    ('者腊', 9),
    ('者腊乡人民政府', 9),
    ('蚌峨', 10),
    ('蚌峨乡人民政府', 10),
    ('干河乡', 11),
    ('干河', 11),
    ('干河彝族乡人民政府', 11),
    ('县委机构编制委员会办公室', 13),
    ('县财政局', 14),
    ('县财政局(国资局)', 14),
    ('县国资局', 14),
    ('县人力资源社会保障局', 15),
    ('人力资源社会保障局', 15),
    ('县人社局', 15),
    ('人社局', 15),
    ('县残疾人联合会', 16),
    ('残联', 16),
    ('国家税务总局砚山县税务局', 17),
    ('县烟草局', 19),
    ('县工商联', 21),
    ('县发展改革局', 22),
    ('县发展和改革局', 22),
    ('县发改局', 22),
    ('县发改委', 22),
    ('县文旅局', 23),
    ('砚山融媒体中心', 26),
    ('农行砚山支行', 28),
    ('县卫健局', 30),
    ('县科技局', 33),
    ('县市场监督管理局', 34),
    ('县退役军人事务局', 35),
    ('县残工委办', 37),
    ('县政府残疾人工作委员会办公室', 37);

-- Group words that stand for several units.
-- 分工方案涉及的各个责任单位 (task 二.6) has no group row: the schema's rules cannot say "every responsible unit
-- of the plan"; its units are expanded in task_unit below.
INSERT INTO unit_group (id, name, group_rule, section_number) VALUES
    (1, '各乡（镇）人民政府', 'ALL_TOWNSHIPS', NULL),
    (2, '主要措施十项行动中牵头单位', 'LEADS_OF_SECTION', 1),
    (3, '主要措施十项行动中的责任单位', 'RESPONSIBLE_OF_SECTION', 1);

INSERT INTO unit_group_alias (alias, group_id) VALUES
    ('各乡镇（镇）人民政府', 1),
    ('各乡镇(镇)人民政府', 1),
    ('各乡(镇)人民政府', 1),
    ('各乡镇人民政府', 1),
    ('各乡（镇）', 1),
    ('各乡镇', 1),
    ('主要措施十项行动中的牵头单位', 2),
    ('十项行动牵头单位', 2),
    ('主要措施十项行动中责任单位', 3),
    ('十项行动责任单位', 3);

-- 方案
INSERT INTO plan (id, title, notice_title, issuer, issued_on, basis, period_start, period_end,
                  target_placements, target_text, requirements, reporting_rule, report_due_days,
                  receiving_unit_id, contact_person, contact_phone, contact_email, copied_from_plan_id, is_current)
VALUES (1,
    '砚山县贯彻落实云南省促进残疾人就业三年行动实施方案（2022—2024年）任务分解清单',
    '砚山县人民政府办公室关于印发砚山县贯彻落实《云南省促进残疾人就业三年行动实施方案（2022—2024年）》任务分解方案的通知',
    '砚山县人民政府办公室',
    DATE '2023-03-30',
    '《文山州人民政府办公室关于印发文山州贯彻落实〈云南省促进残疾人就业三年行动实施方案（2022—2024年）〉任务分解方案的通知》（文政办发〔2023〕20号）',
    DATE '2022-01-01', DATE '2024-12-31',
    450,
    '至2024年末全县实现城乡新增残疾人就业450人，残疾人就业创业能力持续提升，权益得到更好保障，推动形成更加理解、关心、支持残疾人就业创业的良好社会环境。',
    '各乡（镇）、县级有关部门要以有就业需求和就业条件的城乡未就业残疾人为主要对象，更好发挥政府促进就业的作用，进一步落实残疾人就业创业扶持政策，加大残疾人职业技能培训力度，不断提升残疾人就业服务质量和效益，稳定和扩大残疾人就业岗位。请各配合单位及时将工作情况报送至各牵头单位，各牵头单位分别于2023年4月5日、7月5日、10月5日和2024年1月5日前汇总工作情况报送至县人民政府残疾人工作委员会办公室，联系人及电话：王选良 邮箱：1909465129@qq.com。',
    '请各配合单位及时将工作情况报送至各牵头单位，各牵头单位分别于2023年4月5日、7月5日、10月5日和2024年1月5日前汇总工作情况报送至县人民政府残疾人工作委员会办公室，联系人及电话：王选良 邮箱：1909465129@qq.com。',
    '04-05,07-05,10-05,01-05',
    37,
    '王选良', NULL, '1909465129@qq.com',
    NULL, TRUE);

INSERT INTO plan_section (id, plan_id, number, title) VALUES
    (1, 1, 1, '十个专项行动'),
    (2, 1, 2, '六个保障条件');

-- 主要任务: every deadline reads 2024年底前取得明显成效，持续推进, so deadline_date is 2024-12-31.
INSERT INTO task (id, section_id, number, title, deadline_text, deadline_date) VALUES
    (1, 1, 1, '机关、事业单位带头安排残疾人就业', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (2, 1, 2, '国有企业安排残疾人就业', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (3, 1, 3, '实施民营企业安置残疾人就业行动', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (4, 1, 4, '实施残疾人组织就业行动', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (5, 1, 5, '实施农村残疾人就业帮扶行动', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (6, 1, 6, '实施残疾人大学生就业帮扶行动', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (7, 1, 7, '实施盲人按摩就业促进行动', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (8, 1, 8, '实施就业困难残疾人就业帮扶行动', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (9, 1, 9, '实施残疾人就业服务提升行动', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (10, 1, 10, '实施残疾人职业技能提升行动', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (11, 2, 1, '强化组织领导', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (12, 2, 2, '强化政策保障', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (13, 2, 3, '强化资金保障', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (14, 2, 4, '强化信息支持', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (15, 2, 5, '强化宣传引导', '2024年底前取得明显成效，持续推进', DATE '2024-12-31'),
    (16, 2, 6, '强化督促落实', '2024年底前取得明显成效，持续推进', DATE '2024-12-31');

-- 主要内容和措施, in document order, numbering removed.
-- 一.1 机关、事业单位带头安排残疾人就业
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (1, 1, 1, '建立机关安排残疾人就业情况实名制统计制度、公示制度和残疾人按比例就业岗位预留制度。制定按比例安排残疾人就业工作项目推进计划，确保“十四五”期间砚山县编制50人（含）以上的机关安排残疾人就业未达到规定比例的，至少安排1名残疾人就业。在申报年度机关事业人员招录计划时，安排一定数量的岗位用于招录残疾人。'),
    (2, 1, 2, '县级事业单位要严格按照规定比例要求设置岗位招聘残疾人。编制67人（含）以上的事业单位（中小学、幼儿园除外），安排残疾人就业未达到规定比例的，至少安排1名残疾人就业。乡（镇）级根据事业单位编制总数，统筹安排一定比例的职位、岗位招聘残疾人。'),
    (3, 1, 3, '未按照规定比例安排残疾人就业的机关、事业单位，每年应当及时申报并足额缴纳残疾人就业保障金。');

-- 一.2 国有企业安排残疾人就业
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (4, 2, 1, '对国有企业安排残疾人就业情况进行统计。未按照比例安排残疾人就业的国有企业，应当充分发挥按比例安排残疾人就业的示范带头作用，有计划地安排残疾人就业。未按比例安排残疾人就业的应当及时足额缴纳残疾人就业保障金。国有企业应当将按比例安排残疾人就业情况纳入企业社会责任报告。'),
    (5, 2, 2, '对集中安排残疾人就业的单位和自主创业残疾人，有关国有企业在水、电、气等费用上给予优惠，对承租国有企业经营性房产的，给予适当减免摊位费、租赁费，有条件的可免费提供场地，帮助残疾人就业创业。'),
    (6, 2, 3, '新增国资停车位等社区公共服务点时，应当预留一定比例的岗位专门安排残疾人就业。'),
    (7, 2, 4, '烟草专卖管理部门对残疾人申请烟草专卖零售许可证的，应当根据当地实际，适当放宽对烟草制品零售点的数量、间距要求。'),
    (8, 2, 5, '支持残疾人从事电商创业就业，电信、移动、联通等企业为残疾人使用电信业务基础套餐（固定电话、移动电话、手机短信、数据流量、宽带网络服务等方面）给予资费优惠。');

-- 一.3 实施民营企业安置残疾人就业行动
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (9, 3, 1, '一是加强对企业残疾人用工服务。积极对接企业用工需求，引导鼓励各类企业安置残疾人就业和优先聘用适合岗位要求的本地残疾人。二是加强对残疾人的培训，支持残疾人通过电子商务平台实现就业创业，鼓励电子商务平台企业在电子商务平台设立残疾人专区。三是加强对残疾人自主创业企业及个体工商户的指导，依托已建立的特色化、标准化、专业化创业平台载体，提供联系劳动项目、开展就业创业培训和雇主培训等服务。'),
    (10, 3, 2, '民营企业应当将助残就业、按比例安排残疾人就业情况纳入企业社会责任报告或编制专项社会责任报告。');

-- 一.4 实施残疾人组织就业行动
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (11, 4, 1, '充分发挥全县各类残疾人专门协会、扶残助残社会组织和残疾人就业创业带头人等在促进残疾人就业中的重要作用，教育引导各类残疾人树立正确的就业观。结合各类残疾人就业特点，重点培育扶持一批具有示范带动作用和广泛社会影响、品牌化的残疾人组织助残就业服务项目，带动辐射更多残疾人实现就业创业。'),
    (12, 4, 2, '总结全县不同类型残疾人就业典型案例和成功经验，实施《砚山县“十四五”残疾人保障和发展规划》，推广中国盲协“心光绽放”、聋人协会“天籁之家”、肢残人协会“美丽工坊”、智力残疾及亲友协会“蜗牛之翼”、精神残疾及亲友协会“手拉手社区康复就业”等残疾人组织助残就业服务项目，开展残疾人文创基地、“百名绣娘”品牌创建活动。'),
    (13, 4, 3, '加强与云南省残疾人福利基金会、中国狮子联会云南代表处等机构的合作，开展“集善乐业”“七彩阳光”等以帮扶残疾人就业为主题的公益慈善项目和活动。');

-- 一.5 实施农村残疾人就业帮扶行动
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (14, 5, 1, '落实巩固拓展残疾人脱贫攻坚成果各项政策和措施，对符合条件的就业帮扶车间和残疾人就业创业示范基地积极向上申报予以扶持，促进农村残疾人劳动力就地就近就业。'),
    (15, 5, 2, '农家书屋日常管理中，优先聘用残疾人担任农家书屋管理员。'),
    (16, 5, 3, '推进农村残疾人劳动力转移就业，每年根据上级任务数对农村残疾人转移就业示范带头人给予一次性转移就业补贴（省外补助1000元，省内补助500元）。'),
    (17, 5, 4, '帮助纳入防止返贫监测对象的残疾人家庭成员就业创业。在开发乡村公益性岗位和就业帮扶车间招工，对残疾人脱贫户和防返贫监测对象家庭予以重点照顾倾斜，确保有劳动能力且有就业意愿的农村残疾人脱贫户和防返贫监测对象家庭劳动力至少1人实现就业。'),
    (18, 5, 5, '通过提供土地流转、产业托管、生产服务、技术指导、农用物资供应、农副产品收购销售、融资等方面服务，扶持农村残疾人或其家庭成员从事种植、养殖、加工、乡村旅游、农村电商、农村快递物流等行业。'),
    (19, 5, 6, '持续开展农村困难残疾人实用技术培训，促进残疾人增产增收。'),
    (20, 5, 7, '按照规定实施残疾人创业担保贷款贴息政策。'),
    (21, 5, 8, '继续做好易地扶贫搬迁残疾人就业帮扶。滇沪合作和中央单位定点帮扶项目向残疾人就业倾斜。');

-- 一.6 实施残疾人大学生就业帮扶行动
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (22, 6, 1, '精准掌握毕业残疾人大学生动态数据。通过文化户口册、大学生助学贷款，高考录取信息名册、县残联提供的残疾人花名册摸清我县残疾大学生毕业残疾类型、所学专业、毕业意向等情况，建立“一人一策”就业服务台账，开展“一对一”精准帮扶，对已签订劳动合同，落实残疾人高校毕业生求职补贴、创业补贴、灵活就业社保补贴等政策。'),
    (23, 6, 2, '做好服务指导。通过国家大学生就业服务平台积极开展残疾大学生线上求职招聘活动，做好就业指导咨询，帮助其尽快实现就业。'),
    (24, 6, 3, '做好宣传引导。充分利用网络媒体向社会和残疾大学生毕业生宣传就业优惠政策，及时解决其求职过程中遇到的难题，帮助毕业生解答政策疑问，确保其熟悉掌握就业政策和岗位实际情况，力促全部实现就业。同时做好残疾人大学毕业生就业先进典型、扶残就业先进事迹等宣传工作，营造理解、尊重、关心、帮助残疾人就业的社会氛围。');

-- 一.7 实施盲人按摩就业促进行动
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (25, 7, 1, '支持盲人医疗按摩人员开办医疗按摩所。对取得医疗机构执业许可证或中医诊所备案证的盲人医疗按摩所，按照国家有关规定，将具备基本条件的纳入医疗保障定点服务协议管理。鼓励医疗卫生机构设置盲人医疗按摩岗位。'),
    (26, 7, 2, '有按摩业务的服务行业和设有推拿科室的医疗机构，应当优先录用具备执业资格或者持有专业技术证书的盲人按摩人员就业。'),
    (27, 7, 3, '继续推进全县盲人保健按摩行业规范化、标准化、专业化、品牌化建设。加强盲人保健按摩培训和继续教育。多渠道开发盲人就业新业态。');

-- 一.8 实施就业困难残疾人就业帮扶行动
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (28, 8, 1, '实施云南省“十四五”助残就业“十百千万工程”，严格按照省州下达任务，积极为符合条件的县级残疾人就业创业示范基地、残疾人就业创业领军人才、残疾人就业机构（含规范化盲人保健按摩机构）、残疾人创业示范点（户）申报资金支持。'),
    (29, 8, 2, '充分发挥“一平台、三机制”作用，将符合条件的就业困难残疾人全部纳入就业援助范围，并给予更具针对性的重点帮扶。'),
    (30, 8, 3, '对就业困难残疾人及其家庭提供精细化服务，确保零就业残疾人家庭至少有1人实现稳定就业。'),
    (31, 8, 4, '加强社会保障与就业联动，纳入低保范围的已就业残疾人3年内所获得的就业收入可不计入家庭收入，3年后其家庭成员人均收入超过当地低保标准的，给予1年的渐退期。'),
    (32, 8, 5, '开展就业援助月等帮扶活动。依托残疾人托养机构、残疾人职业康复机构开展辅助性就业。发挥社区、残疾人亲友组织、慈善组织、爱心企业等各方的作用，推动辅助性就业加快发展。'),
    (33, 8, 6, '开发乡村公益性岗位，统筹用好现有公益性岗位，对通过市场化渠道确实难以实现就业并符合安置条件的残疾人，按照规定予以公益性岗位兜底安置。');

-- 一.9 实施残疾人就业服务提升行动
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (34, 9, 1, '将残疾人就业服务机构服务范围逐步完善乡镇、社区(村)残疾人就业服务网络，推动有条件的地方建立残疾人就业辅导队伍。'),
    (35, 9, 2, '按照规定将就业服务纳入政府购买服务范围，加大政府购买残疾人就业服务力度，扶持一批社会服务机构、人力资源服务机构，为残疾人提供职业指导、创业指导、信息咨询、岗位开发、劳务输出等专业化服务。'),
    (36, 9, 3, '开展残疾人就业服务“四个一”活动，对就业年龄段未就业残疾人至少进行1次基础信息核对，对其中有就业需求的残疾人至少组织1次职业能力评估、进行1次就业需求登记、开展1次就业服务。开展援企稳岗、访企拓岗活动。依托重要时间节点，搭建平台举办残疾人职业技能人才交流、残疾人就业产品市场营销、残疾人就业创业服务成果展示等活动。');

-- 一.10 实施残疾人职业技能提升行动
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (37, 10, 1, '各乡镇、各部门根据上级分配培训指标制定年度职业技能培训计划，将有就业能力和就业培训需求的残疾人作为职业技能培训对象统一部署，指导残疾人提高就业技能，并推荐就业。'),
    (38, 10, 2, '根据省、州级计划开展残疾人职业技能竞赛和职业技能展示交流活动。'),
    (39, 10, 3, '对参加各类职业培训且符合条件的残疾人按照规定给予培训费、生活费（含交通费）补贴。'),
    (40, 10, 4, '组织各级残疾人就业服务机构工作人员参加职业指导竞赛。'),
    (41, 10, 5, '鼓励中高等职业院校扩大残疾学生招收规模，帮助具备初高中文化程度且有接受职业教育意愿和能力的青壮年残疾人接受中高等教育，按照规定享受资助政策。');

-- 二.1 强化组织领导
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (42, 11, 1, '县政府残疾人工作委员会要加强组织协调，督促有关部门和单位做好残疾人就业工作。完善协调机制，推动残疾人就业政策落实。主要措施部分中的十项行动，每项行动牵头单位于本方案出台一个月内，要细化该行动的具体实施方案并推进落实，同时抄送县人民政府残疾人工作委员会。其他部门应当根据自身业务范围，全力配合牵头部门制定具体实施方案，并按照职责分工抓好落实。县残联要配合有关部门完善、落实、宣传促进残疾人就业创业政策，精准掌握并按照规定共享残疾人就业状况与需求信息，组织实施残疾人就业帮扶活动，开展残疾人就业服务和职业技能培训。');

-- 二.2 强化政策保障
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (43, 12, 1, '通过县门户网站定期向社会公布本县用人单位上年度应安排残疾人就业人数、实际安排残疾人就业人数和未按照规定的安排残疾人就业人数。落实中央组织部、中国残联等部门和单位印发的《机关、事业单位、国有企业带头安排残疾人就业办法》，鼓励和引导各级各单位加大残疾人招录（聘）力度，为残疾人参加招录（聘）考试提供合理便利，合理确定残疾人入职体检条件。未按照规定的比例安排残疾人就业，且未采取缴纳残疾人就业保障金等其他方式履行法定义务的机关、事业单位、国有企业，不参评先进单位，其主要负责同志不参评先进个人。落实残疾人集中就业单位税费优惠、政府优先采购的扶持政策。对企业未按规定比例安排残疾人就业且拒缴、少缴残疾人就业保障金等失信行为，及时录入“云南省劳动保障监察信息管理系统”，记入用人单位劳动保障守法诚信档案，将其作为重点监察对象，加大监察力度。');

-- 二.3 强化资金保障
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (44, 13, 1, '各部门要落实《砚山县“十四五”残疾人保障和发展规划》以及关于完善残疾人就业保障金制度，更好促进残疾人就业总体方案等文件要求，保障残疾人就业培训、就业服务、补贴奖励等有关资金投入，更好促进残疾人就业创业，对超比例安排残疾人就业和残疾人稳岗就业突出的企业按照规定给予奖励。要制定残疾人就业补贴奖励重点项目实施办法，合理确定补贴和奖励标准、条件等内容。统筹用好各类残疾人就业创业扶持资金，避免交叉使用。对各类残疾人就业帮扶、培训基地建设按照规定给予扶持。严格执行残疾人就业保障金管理制度和要求，根据保障残疾人就业实际需要合理安排有关支出。');

-- 二.4 强化信息支持
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (45, 14, 1, '依托全国一体化政务服务平台和各级政务服务机构，实现残疾人就业数据互联互通。做好全国残疾人按比例就业情况联网认证“跨省通办”有关工作，按照规定落实保障条件。依托全国残疾人就业创业网络服务平台，配合建立包括各类残疾人职业技能培训机构、培训项目公示和证书管理、培训评估、线上培训资源等信息的残疾人职业培训服务与管理系统。建立全县残疾人人力资源服务机构清单和残疾人就业创业服务载体目录。');

-- 二.5 强化宣传引导
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (46, 15, 1, '每年充分利用就业援助月、全国助残日、国际残疾人日等重要时间节点，加大对残疾人就业的宣传力度。用通俗易懂、简单明了的文字、图片、视频形式，通过县融媒体中心所属新闻平台大力宣传残疾人就业创业扶持政策、用人单位安排残疾人就业社会责任、残疾人就业能力和潜力，宣传残疾人就业服务流程、需求反馈渠道和信息获取方式。按照有关规定，加大对在残疾人就业工作中做出贡献单位和个人的表扬宣传力度。' || CHR(10) || '明确专人收集整理县内外企业用工岗位信息，开展岗位信息大推送。一是重“线上”宣传。通过砚山融媒体中心、砚山政务网、微信公众号、QQ等信息平台发布网络招聘会和就业岗位信息，向公众推送各企业用工需求，推荐就业岗位。二是抓“线下”发力，组织开展形式多样的现场招聘活动，搭建劳务供需平台，为企业招人、为群众谋岗；组织企业深入各乡（镇）、村（社区）向残疾人推荐就业岗位，实现精准推荐就业岗位。');

-- 二.6 强化督促落实
INSERT INTO measure (id, task_id, sort_order, content) VALUES
    (47, 16, 1, '各级各部门要按照任务项目化、项目清单化、清单具体化要求，系统谋划部署，明确每项行动的责任单位、责任人、完成时限、工作标准等，形成调研—制定方案措施—执行—督查和评估—完善和优化—执行的闭环体系，确保有关措施落地落实。要依法维护残疾人就业权益，坚决防范和打击虚假安排残疾人就业、侵害残疾人就业权益的行为。按年度对本方案实施情况进行监测和评估，及时发现和解决实施中出现的问题。县人民政府残疾人工作委员会每年年底向州人民政府残疾人工作委员会报送落实情况，并在方案实施期间至少组织1次残疾人就业创业扶持政策落实情况和效果评估。2024年底，县人民政府残疾人工作委员会办公室会同有关部门和单位对本方案落实情况总结评估。');

-- 牵头单位 (LEAD) and 责任单位 (RESPONSIBLE); group words expanded, townships in code order.
-- 一.1
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (1, 12, 'LEAD', 1),
    (1, 13, 'RESPONSIBLE', 1),
    (1, 14, 'RESPONSIBLE', 2),
    (1, 15, 'RESPONSIBLE', 3),
    (1, 16, 'RESPONSIBLE', 4),
    (1, 17, 'RESPONSIBLE', 5);
-- 一.2
-- The responsible cell continues after a page break with 会保障局、…: 县人力资源和社会保障局 is named once.
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (2, 14, 'LEAD', 1),
    (2, 18, 'RESPONSIBLE', 1),
    (2, 15, 'RESPONSIBLE', 2),
    (2, 19, 'RESPONSIBLE', 3),
    (2, 20, 'RESPONSIBLE', 4),
    (2, 16, 'RESPONSIBLE', 5),
    (2, 1, 'RESPONSIBLE', 6),
    (2, 2, 'RESPONSIBLE', 7),
    (2, 3, 'RESPONSIBLE', 8),
    (2, 4, 'RESPONSIBLE', 9),
    (2, 5, 'RESPONSIBLE', 10),
    (2, 6, 'RESPONSIBLE', 11),
    (2, 7, 'RESPONSIBLE', 12),
    (2, 8, 'RESPONSIBLE', 13),
    (2, 9, 'RESPONSIBLE', 14),
    (2, 10, 'RESPONSIBLE', 15),
    (2, 11, 'RESPONSIBLE', 16);
-- 一.3
-- The document gives ONE unit cell here where two are expected:
--   县人力资源社会保障局、县残联、工商联，各乡镇（镇）人民政府
-- Read as: the named units lead, the townships are responsible. This is a reading; the clerk can correct the roles.
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (3, 15, 'LEAD', 1),
    (3, 16, 'LEAD', 2),
    (3, 21, 'LEAD', 3),
    (3, 1, 'RESPONSIBLE', 1),
    (3, 2, 'RESPONSIBLE', 2),
    (3, 3, 'RESPONSIBLE', 3),
    (3, 4, 'RESPONSIBLE', 4),
    (3, 5, 'RESPONSIBLE', 5),
    (3, 6, 'RESPONSIBLE', 6),
    (3, 7, 'RESPONSIBLE', 7),
    (3, 8, 'RESPONSIBLE', 8),
    (3, 9, 'RESPONSIBLE', 9),
    (3, 10, 'RESPONSIBLE', 10),
    (3, 11, 'RESPONSIBLE', 11);
-- 一.4
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (4, 16, 'LEAD', 1),
    (4, 1, 'RESPONSIBLE', 1),
    (4, 2, 'RESPONSIBLE', 2),
    (4, 3, 'RESPONSIBLE', 3),
    (4, 4, 'RESPONSIBLE', 4),
    (4, 5, 'RESPONSIBLE', 5),
    (4, 6, 'RESPONSIBLE', 6),
    (4, 7, 'RESPONSIBLE', 7),
    (4, 8, 'RESPONSIBLE', 8),
    (4, 9, 'RESPONSIBLE', 9),
    (4, 10, 'RESPONSIBLE', 10),
    (4, 11, 'RESPONSIBLE', 11);
-- 一.5
-- 县乡村 + 振兴局 (cut by a page break) is 县乡村振兴局; 县文化 and 旅游局 is 县文化和旅游局.
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (5, 15, 'LEAD', 1),
    (5, 22, 'RESPONSIBLE', 1),
    (5, 14, 'RESPONSIBLE', 2),
    (5, 23, 'RESPONSIBLE', 3),
    (5, 24, 'RESPONSIBLE', 4),
    (5, 25, 'RESPONSIBLE', 5),
    (5, 26, 'RESPONSIBLE', 6),
    (5, 20, 'RESPONSIBLE', 7),
    (5, 27, 'RESPONSIBLE', 8),
    (5, 28, 'RESPONSIBLE', 9),
    (5, 1, 'RESPONSIBLE', 10),
    (5, 2, 'RESPONSIBLE', 11),
    (5, 3, 'RESPONSIBLE', 12),
    (5, 4, 'RESPONSIBLE', 13),
    (5, 5, 'RESPONSIBLE', 14),
    (5, 6, 'RESPONSIBLE', 15),
    (5, 7, 'RESPONSIBLE', 16),
    (5, 8, 'RESPONSIBLE', 17),
    (5, 9, 'RESPONSIBLE', 18),
    (5, 10, 'RESPONSIBLE', 19),
    (5, 11, 'RESPONSIBLE', 20);
-- 一.6
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (6, 29, 'LEAD', 1),
    (6, 15, 'RESPONSIBLE', 1),
    (6, 16, 'RESPONSIBLE', 2),
    (6, 1, 'RESPONSIBLE', 3),
    (6, 2, 'RESPONSIBLE', 4),
    (6, 3, 'RESPONSIBLE', 5),
    (6, 4, 'RESPONSIBLE', 6),
    (6, 5, 'RESPONSIBLE', 7),
    (6, 6, 'RESPONSIBLE', 8),
    (6, 7, 'RESPONSIBLE', 9),
    (6, 8, 'RESPONSIBLE', 10),
    (6, 9, 'RESPONSIBLE', 11),
    (6, 10, 'RESPONSIBLE', 12),
    (6, 11, 'RESPONSIBLE', 13);
-- 一.7
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (7, 16, 'LEAD', 1),
    (7, 15, 'RESPONSIBLE', 1),
    (7, 30, 'RESPONSIBLE', 2);
-- 一.8
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (8, 16, 'LEAD', 1),
    (8, 15, 'RESPONSIBLE', 1),
    (8, 31, 'RESPONSIBLE', 2);
-- 一.9
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (9, 15, 'LEAD', 1),
    (9, 16, 'RESPONSIBLE', 1),
    (9, 1, 'RESPONSIBLE', 2),
    (9, 2, 'RESPONSIBLE', 3),
    (9, 3, 'RESPONSIBLE', 4),
    (9, 4, 'RESPONSIBLE', 5),
    (9, 5, 'RESPONSIBLE', 6),
    (9, 6, 'RESPONSIBLE', 7),
    (9, 7, 'RESPONSIBLE', 8),
    (9, 8, 'RESPONSIBLE', 9),
    (9, 9, 'RESPONSIBLE', 10),
    (9, 10, 'RESPONSIBLE', 11),
    (9, 11, 'RESPONSIBLE', 12);
-- 一.10
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (10, 16, 'LEAD', 1),
    (10, 29, 'RESPONSIBLE', 1),
    (10, 14, 'RESPONSIBLE', 2),
    (10, 32, 'RESPONSIBLE', 3),
    (10, 33, 'RESPONSIBLE', 4),
    (10, 15, 'RESPONSIBLE', 5),
    (10, 1, 'RESPONSIBLE', 6),
    (10, 2, 'RESPONSIBLE', 7),
    (10, 3, 'RESPONSIBLE', 8),
    (10, 4, 'RESPONSIBLE', 9),
    (10, 5, 'RESPONSIBLE', 10),
    (10, 6, 'RESPONSIBLE', 11),
    (10, 7, 'RESPONSIBLE', 12),
    (10, 8, 'RESPONSIBLE', 13),
    (10, 9, 'RESPONSIBLE', 14),
    (10, 10, 'RESPONSIBLE', 15),
    (10, 11, 'RESPONSIBLE', 16);
-- 二.1
-- 主要措施十项行动中牵头单位 / 中的责任单位: the distinct lead / responsible units of section 一, first-appearance order.
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (11, 12, 'LEAD', 1),
    (11, 14, 'LEAD', 2),
    (11, 15, 'LEAD', 3),
    (11, 16, 'LEAD', 4),
    (11, 21, 'LEAD', 5),
    (11, 29, 'LEAD', 6),
    (11, 13, 'RESPONSIBLE', 1),
    (11, 14, 'RESPONSIBLE', 2),
    (11, 15, 'RESPONSIBLE', 3),
    (11, 16, 'RESPONSIBLE', 4),
    (11, 17, 'RESPONSIBLE', 5),
    (11, 18, 'RESPONSIBLE', 6),
    (11, 19, 'RESPONSIBLE', 7),
    (11, 20, 'RESPONSIBLE', 8),
    (11, 1, 'RESPONSIBLE', 9),
    (11, 2, 'RESPONSIBLE', 10),
    (11, 3, 'RESPONSIBLE', 11),
    (11, 4, 'RESPONSIBLE', 12),
    (11, 5, 'RESPONSIBLE', 13),
    (11, 6, 'RESPONSIBLE', 14),
    (11, 7, 'RESPONSIBLE', 15),
    (11, 8, 'RESPONSIBLE', 16),
    (11, 9, 'RESPONSIBLE', 17),
    (11, 10, 'RESPONSIBLE', 18),
    (11, 11, 'RESPONSIBLE', 19),
    (11, 22, 'RESPONSIBLE', 20),
    (11, 23, 'RESPONSIBLE', 21),
    (11, 24, 'RESPONSIBLE', 22),
    (11, 25, 'RESPONSIBLE', 23),
    (11, 26, 'RESPONSIBLE', 24),
    (11, 27, 'RESPONSIBLE', 25),
    (11, 28, 'RESPONSIBLE', 26),
    (11, 30, 'RESPONSIBLE', 27),
    (11, 31, 'RESPONSIBLE', 28),
    (11, 29, 'RESPONSIBLE', 29),
    (11, 32, 'RESPONSIBLE', 30),
    (11, 33, 'RESPONSIBLE', 31);
-- 二.2
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (12, 12, 'LEAD', 1),
    (12, 22, 'RESPONSIBLE', 1),
    (12, 14, 'RESPONSIBLE', 2),
    (12, 15, 'RESPONSIBLE', 3),
    (12, 34, 'RESPONSIBLE', 4),
    (12, 35, 'RESPONSIBLE', 5),
    (12, 17, 'RESPONSIBLE', 6),
    (12, 16, 'RESPONSIBLE', 7),
    (12, 1, 'RESPONSIBLE', 8),
    (12, 2, 'RESPONSIBLE', 9),
    (12, 3, 'RESPONSIBLE', 10),
    (12, 4, 'RESPONSIBLE', 11),
    (12, 5, 'RESPONSIBLE', 12),
    (12, 6, 'RESPONSIBLE', 13),
    (12, 7, 'RESPONSIBLE', 14),
    (12, 8, 'RESPONSIBLE', 15),
    (12, 9, 'RESPONSIBLE', 16),
    (12, 10, 'RESPONSIBLE', 17),
    (12, 11, 'RESPONSIBLE', 18);
-- 二.3
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (13, 14, 'LEAD', 1),
    (13, 15, 'RESPONSIBLE', 1),
    (13, 16, 'RESPONSIBLE', 2),
    (13, 1, 'RESPONSIBLE', 3),
    (13, 2, 'RESPONSIBLE', 4),
    (13, 3, 'RESPONSIBLE', 5),
    (13, 4, 'RESPONSIBLE', 6),
    (13, 5, 'RESPONSIBLE', 7),
    (13, 6, 'RESPONSIBLE', 8),
    (13, 7, 'RESPONSIBLE', 9),
    (13, 8, 'RESPONSIBLE', 10),
    (13, 9, 'RESPONSIBLE', 11),
    (13, 10, 'RESPONSIBLE', 12),
    (13, 11, 'RESPONSIBLE', 13);
-- 二.4
-- 县发展改革局 is 县发展改革委.
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (14, 22, 'LEAD', 1),
    (14, 15, 'RESPONSIBLE', 1),
    (14, 34, 'RESPONSIBLE', 2),
    (14, 35, 'RESPONSIBLE', 3),
    (14, 17, 'RESPONSIBLE', 4),
    (14, 16, 'RESPONSIBLE', 5),
    (14, 1, 'RESPONSIBLE', 6),
    (14, 2, 'RESPONSIBLE', 7),
    (14, 3, 'RESPONSIBLE', 8),
    (14, 4, 'RESPONSIBLE', 9),
    (14, 5, 'RESPONSIBLE', 10),
    (14, 6, 'RESPONSIBLE', 11),
    (14, 7, 'RESPONSIBLE', 12),
    (14, 8, 'RESPONSIBLE', 13),
    (14, 9, 'RESPONSIBLE', 14),
    (14, 10, 'RESPONSIBLE', 15),
    (14, 11, 'RESPONSIBLE', 16);
-- 二.5
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (15, 36, 'LEAD', 1),
    (15, 15, 'RESPONSIBLE', 1),
    (15, 26, 'RESPONSIBLE', 2),
    (15, 16, 'RESPONSIBLE', 3),
    (15, 1, 'RESPONSIBLE', 4),
    (15, 2, 'RESPONSIBLE', 5),
    (15, 3, 'RESPONSIBLE', 6),
    (15, 4, 'RESPONSIBLE', 7),
    (15, 5, 'RESPONSIBLE', 8),
    (15, 6, 'RESPONSIBLE', 9),
    (15, 7, 'RESPONSIBLE', 10),
    (15, 8, 'RESPONSIBLE', 11),
    (15, 9, 'RESPONSIBLE', 12),
    (15, 10, 'RESPONSIBLE', 13),
    (15, 11, 'RESPONSIBLE', 14);
-- 二.6
-- 县残工委办 leads; 分工方案涉及的各个责任单位 is expanded to every responsible unit of the other tasks.
INSERT INTO task_unit (task_id, unit_id, role, sort_order) VALUES
    (16, 37, 'LEAD', 1),
    (16, 13, 'RESPONSIBLE', 1),
    (16, 14, 'RESPONSIBLE', 2),
    (16, 15, 'RESPONSIBLE', 3),
    (16, 16, 'RESPONSIBLE', 4),
    (16, 17, 'RESPONSIBLE', 5),
    (16, 18, 'RESPONSIBLE', 6),
    (16, 19, 'RESPONSIBLE', 7),
    (16, 20, 'RESPONSIBLE', 8),
    (16, 1, 'RESPONSIBLE', 9),
    (16, 2, 'RESPONSIBLE', 10),
    (16, 3, 'RESPONSIBLE', 11),
    (16, 4, 'RESPONSIBLE', 12),
    (16, 5, 'RESPONSIBLE', 13),
    (16, 6, 'RESPONSIBLE', 14),
    (16, 7, 'RESPONSIBLE', 15),
    (16, 8, 'RESPONSIBLE', 16),
    (16, 9, 'RESPONSIBLE', 17),
    (16, 10, 'RESPONSIBLE', 18),
    (16, 11, 'RESPONSIBLE', 19),
    (16, 22, 'RESPONSIBLE', 20),
    (16, 23, 'RESPONSIBLE', 21),
    (16, 24, 'RESPONSIBLE', 22),
    (16, 25, 'RESPONSIBLE', 23),
    (16, 26, 'RESPONSIBLE', 24),
    (16, 27, 'RESPONSIBLE', 25),
    (16, 28, 'RESPONSIBLE', 26),
    (16, 30, 'RESPONSIBLE', 27),
    (16, 31, 'RESPONSIBLE', 28),
    (16, 29, 'RESPONSIBLE', 29),
    (16, 32, 'RESPONSIBLE', 30),
    (16, 33, 'RESPONSIBLE', 31),
    (16, 34, 'RESPONSIBLE', 32),
    (16, 35, 'RESPONSIBLE', 33);

-- 报送期: a quarter's report is due on the 5th of the month after it (Q4: 5 January of the next year).
INSERT INTO reporting_period (id, plan_id, plan_year, quarter, starts_on, ends_on, due_on) VALUES
    (1, 1, 2022, 1, DATE '2022-01-01', DATE '2022-03-31', DATE '2022-04-05'),
    (2, 1, 2022, 2, DATE '2022-04-01', DATE '2022-06-30', DATE '2022-07-05'),
    (3, 1, 2022, 3, DATE '2022-07-01', DATE '2022-09-30', DATE '2022-10-05'),
    (4, 1, 2022, 4, DATE '2022-10-01', DATE '2022-12-31', DATE '2023-01-05'),
    (5, 1, 2023, 1, DATE '2023-01-01', DATE '2023-03-31', DATE '2023-04-05'),
    (6, 1, 2023, 2, DATE '2023-04-01', DATE '2023-06-30', DATE '2023-07-05'),
    (7, 1, 2023, 3, DATE '2023-07-01', DATE '2023-09-30', DATE '2023-10-05'),
    (8, 1, 2023, 4, DATE '2023-10-01', DATE '2023-12-31', DATE '2024-01-05'),
    (9, 1, 2024, 1, DATE '2024-01-01', DATE '2024-03-31', DATE '2024-04-05'),
    (10, 1, 2024, 2, DATE '2024-04-01', DATE '2024-06-30', DATE '2024-07-05'),
    (11, 1, 2024, 3, DATE '2024-07-01', DATE '2024-09-30', DATE '2024-10-05'),
    (12, 1, 2024, 4, DATE '2024-10-01', DATE '2024-12-31', DATE '2025-01-05');

-- Later inserts take ids from here on.
ALTER TABLE unit ALTER COLUMN id RESTART WITH 1000;
ALTER TABLE unit_group ALTER COLUMN id RESTART WITH 1000;
ALTER TABLE plan ALTER COLUMN id RESTART WITH 1000;
ALTER TABLE plan_section ALTER COLUMN id RESTART WITH 1000;
ALTER TABLE task ALTER COLUMN id RESTART WITH 1000;
ALTER TABLE measure ALTER COLUMN id RESTART WITH 1000;
ALTER TABLE reporting_period ALTER COLUMN id RESTART WITH 1000;
