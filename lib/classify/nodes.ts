/** Google Product Taxonomy ids the classifier's rules name. */

/** "Animals & Pet Supplies". */
export const ANIMALS_AND_PET_SUPPLIES = 1;
/** "Health & Beauty". */
export const HEALTH_AND_BEAUTY = 469;
/** "Food, Beverages & Tobacco". */
export const FOOD_BEVERAGES_TOBACCO = 412;
/** "Media" (books, music, films, magazines): a shop department whose sub-crumbs name the subject. */
export const MEDIA = 783;
/** "Media > Books", "Media > Books > E-books". */
export const MEDIA_BOOKS = 784;
export const MEDIA_EBOOKS = 543542;
/** "Software": what the lexicon reads a software product's name as when the page sells a copy. */
export const SOFTWARE = 2092;
/** Branches whose products are content: deeper crumbs and title words name their subject. */
export const CONTENT_BRANCHES = [MEDIA];
/** Clothing and Shoes: the readings an audience word ("Men's", "Damen") favours. */
export const CLOTHING = 1604;
export const SHOES = 187;
/** "Luggage & Bags": where a bag for a thing is filed ("Cosmetic & Toiletry Bags"). */
export const LUGGAGE_AND_BAGS = 5181;
