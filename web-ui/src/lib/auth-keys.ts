/** Cache key of the signed-in user (null once signed out). */
export const ME_QUERY_KEY = ['me'] as const;
