/**
 * Chinese and Japanese shops write who a product is for as a word glued to the for-marker 用 and
 * put it after the product noun, among the other attributes: "充电式电钻 家用 12V" (a cordless
 * drill, for home use, 12 V), "数珠 男性用 天然石" (prayer beads, for men, natural stone). Such a
 * marker names the user, not the device the product is for: only the user word before it is what
 * the product is for, and the product noun before that stays the product ("iPhone用ケース" keeps
 * its reading: "iPhone" is no user word). Data, tested.
 */
const CJK_USER_WORDS = new Set([
  // Home, business and car use.
  '家',
  '家庭',
  '家居',
  '业务',
  '業務',
  '商',
  // People (Simplified Chinese; Japanese).
  '男',
  '女',
  '男士',
  '女士',
  '儿童',
  '成人',
  '男性',
  '女性',
  '子供',
  '大人',
  '紳士',
  '婦人',
  'メンズ',
  'レディース',
  'キッズ',
  'ベビー',
]);

/** Whether a CJK token names the user a for-marker after it points to (家, 男性, キッズ). */
export const isCjkUserWord = (token: string | undefined): boolean => token !== undefined && CJK_USER_WORDS.has(token);

/**
 * Whether the CJK for-marker at `marker` names only the user word glued before it: that word is a
 * user word and no product word is read after the marker (`hitStarts`: where the segment's hits
 * start). With a product word after it ("电脑桌 家用 卧室 书桌") the words before are the title's
 * keywords, and that later word names the product.
 */
export const marksUserOnly = (tokens: readonly string[], marker: number, hitStarts: readonly number[]): boolean =>
  isCjkUserWord(tokens[marker - 1]) && !hitStarts.some((s) => s > marker);
