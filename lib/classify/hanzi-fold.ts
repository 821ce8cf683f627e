/**
 * Traditional Chinese characters folded onto their simplified forms, so that a title from a
 * Taiwan or Hong Kong shop ("不鏽鋼螺絲", "藍牙耳機") reads the simplified words the lexicon
 * holds (Google's and Shopify's Chinese taxonomies are simplified). Applied by normalizeText to
 * every text, the lexicon's keys as much as a title's, so a Japanese word whose kanji is the
 * traditional form ("電池", "機") folds alike on both sides and still matches. Only characters
 * whose traditional form maps to one simplified form are listed: the commonest characters of
 * product names (materials, tools, appliances, clothing, food, colours, counters).
 */
const PAIRS =
  '鏽锈鍍镀鈦钛鎳镍錐锥' +
  '乾干來来個个們们傘伞備备傳传傷伤僅仅價价儀仪億亿優优儲储兒儿內内兩两冊册凍冻凱凯劃划劇剧劍剑劑剂動动務务勞劳勢势勵励區区協协參参員员問问啞哑啟启單单噴喷嚴严國国圍围園园圓圆圖图團团報报場场塊块' +
  '塵尘墊垫壓压壞坏壺壶壽寿夢梦夾夹奪夺奮奋婁娄婦妇媽妈嬌娇嬰婴學学實实寫写寬宽寵宠寶宝將将專专尋寻對对導导層层屬属嶺岭帳帐帶带幣币幫帮幹干庫库廁厕廚厨廠厂廢废廣广廳厅張张彈弹彎弯後后徑径從从復复' +
  '慶庆憶忆應应懸悬戰战戲戏戶户掃扫掛挂換换搖摇擇择擊击擋挡據据擴扩擺摆攝摄攪搅敗败數数斷断時时曬晒書书會会條条棄弃業业榮荣槍枪槓杠樂乐樓楼標标樹树橋桥機机檔档檯台櫃柜櫥橱櫻樱權权歐欧歡欢歲岁殘残' +
  '殼壳氣气氫氢決决沒没涼凉淚泪淨净淺浅減减測测湯汤準准溝沟溫温滅灭滷卤滾滚滿满漁渔漢汉漿浆潔洁潛潜澆浇濃浓濕湿濾滤瀝沥灣湾災灾為为烏乌無无煙烟熒荧熱热燈灯燒烧燙烫營营燭烛爐炉爭争爺爷牆墙狀状獅狮' +
  '獎奖獨独獵猎獻献現现瑪玛環环產产畢毕畫画當当瘡疮療疗發发盜盗盞盏盡尽監监盤盘眾众睜睁確确碼码礎础礦矿禦御禪禅禮礼稅税種种稱称穀谷積积穩稳窩窝窮穷竊窃競竞筆笔節节範范築筑簡简簽签簾帘籃篮籌筹籠笼' +
  '籤签糧粮糾纠紀纪約约紅红紉纫紋纹納纳紐纽純纯紗纱紙纸級级細细紹绍終终組组結结絕绝絡络給给絨绒統统絲丝綁绑經经綠绿維维網网綿绵緊紧線线緞缎緣缘練练縣县縫缝縮缩總总績绩織织繡绣繩绳繪绘繫系纜缆罈坛' +
  '罰罚羅罗習习聖圣聞闻聯联聲声職职聽听肅肃脫脱腎肾腦脑腳脚腸肠膚肤膠胶膩腻膽胆臉脸臟脏臥卧臨临臺台與与興兴舊旧艙舱艦舰莊庄華华萬万葉叶蓋盖蓮莲蔔卜蔥葱蕭萧薑姜薦荐藍蓝藝艺藥药蘇苏蘋苹蘭兰蘿萝處处' +
  '虛虚號号蝕蚀蝦虾螢萤蟲虫蠟蜡蠶蚕術术衛卫衝冲裏里補补裝装裡里製制複复褲裤襪袜襯衬見见規规視视親亲覺觉觀观觸触訂订計计訊讯訓训記记設设許许評评詞词試试詩诗話话詳详誌志認认誕诞語语說说課课調调談谈' +
  '請请論论謝谢證证護护讀读變变讓让豎竖豐丰豬猪貓猫貝贝負负財财貢贡貨货貴贵買买費费貼贴資资賣卖質质購购賽赛贈赠贊赞趕赶趨趋跡迹躍跃車车軌轨軍军軟软軸轴較较載载輔辅輕轻輛辆輪轮輸输轉转辦办辭辞農农' +
  '這这連连週周進进遊游運运過过達达遙遥遞递遠远適适遲迟選选還还邊边郵邮鄉乡鄰邻醜丑醫医醬酱釀酿釋释釘钉針针釣钓鈕钮鈴铃鉗钳鉛铅鉤钩鉸铰銀银銅铜銷销銼锉鋁铝鋅锌鋒锋鋪铺鋰锂鋸锯鋼钢錄录錘锤錢钱錫锡' +
  '錯错錶表鍊链鍋锅鍛锻鍵键鎖锁鎮镇鏈链鏟铲鏡镜鐘钟鐳镭鐵铁鑄铸鑰钥鑽钻鑿凿長长門门閃闪閉闭開开閒闲間间閘闸閥阀閱阅闆板關关陰阴陳陈陸陆陽阳隊队階阶際际隨随險险隱隐雖虽雙双雜杂雞鸡離离難难雲云電电' +
  '霧雾靂雳靈灵靜静鞦秋韆千韌韧韓韩響响頁页頂顶項项順顺須须預预頓顿領领頭头頸颈頻频顆颗題题額额顏颜願愿類类顧顾顯显風风飄飘飛飞飯饭飲饮飼饲飽饱飾饰餅饼養养餘余館馆馬马駐驻駕驾駛驶騎骑驅驱驗验髒脏' +
  '體体髮发鬆松鬚须鬥斗鬧闹鬱郁魚鱼魯鲁鮮鲜鯊鲨鳥鸟鳳凤鴨鸭鵝鹅鷹鹰鹹咸鹽盐麗丽麥麦麵面黃黄點点齊齐齒齿齡龄龍龙龜龟';

const TO_SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) TO_SIMPLIFIED.set(PAIRS[i]!, PAIRS[i + 1]!);

const TRADITIONAL = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join('')}]`, 'g');

/** The text with its traditional Chinese characters in their simplified forms. */
export function foldTraditional(s: string): string {
  return s.replace(TRADITIONAL, (c) => TO_SIMPLIFIED.get(c) ?? c);
}
