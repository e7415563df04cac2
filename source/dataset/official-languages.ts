/** The six official languages of the Union, in ITU's order: apart from schema.ts so that code printing names (council lookup) needs no schema. */
export const officialLanguages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
