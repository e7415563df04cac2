/*
The Council template's labels in the six official languages. The importer keys
its rules on these (the template's structure), not on any one document's
wording, so that a document it has never seen is read the same way.
*/

export type Language = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

const alternatives = (words: readonly string[]): string => words.map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

// Section headings, each alone on its line (an optional colon after).
const summaryWords = ['Summary', 'Purpose', 'Purpose of the document', 'Summary of the document', 'Summary / Purpose', 'Résumé', 'Objet', 'Resumen', 'Objeto', 'Резюме', 'Цель', 'Аннотация', '概要', '摘要', '目的', 'ملخص', 'الملخص', 'الغرض'];
const actionWords = ['Action required', 'Action required by the Council', 'Action required of the Council', 'Action requested', 'Suite à donner', 'Décision demandée', 'Acción solicitada', 'Acción requerida', 'Medidas solicitadas', 'Необходимые действия', 'Требуемые действия', '需采取的行动', '需要采取的行动', '要求采取的行动', 'الإجراء المطلوب', 'الإجراءات المطلوبة'];
const referenceWords = ['References', 'Reference', 'Références', 'Référence', 'Referencias', 'Referencia', 'Справочные материалы', 'Справочная информация', 'Справочные документы', 'Ссылки', '参考文件', '参考资料', '参考', 'المراجع', 'مراجع'];

const colon = '\\s*[:：]?';
export const summaryHeading = new RegExp(`^(?:${alternatives(summaryWords)})${colon}$`, 'iu');
export const actionHeading = new RegExp(`^(?:${alternatives(actionWords)})${colon}$`, 'iu');
export const referencesHeading = new RegExp(`^(?:${alternatives(referenceWords)})${colon}$`, 'iu');
/** "Action required: The Council is invited to ..." — the heading and its text on one line. */
export const inlineHeading = new RegExp(`^(${alternatives([...summaryWords, ...actionWords, ...referenceWords])})\\s*[:：]\\s*(\\S.*)$`, 'iu');

// Header labels.
export const agendaItemLabel = /^(?:Agenda\s+item|Point\s+de\s+l['’]ordre\s+du\s+jour|Punto\s+del\s+orden\s+del\s+d[ií]a|Пункт\s+повестки\s+дня|议项|议程项目|بند\s+جدول\s+الأعمال)\s*(?:No\.?\s*)?[:：]?\s*/iu;
export const sessionLine = /^(?:(?:Council|Conseil|Consejo|Совет|المجلس)\s+(?:\d{4}|de\s+\d{4})|\d{4}\s*年\s*理事会|\d{4}\s*年理事会|(?:Virtual\s+consultation\s+of\s+councillors|Consultation\s+virtuelle).*)/iu;
export const placeLine = /^(?:(?:Geneva|Genève|Ginebra|Женева|日内瓦|جنيف|Bucharest|Busan|Dubai)\s*[,，،]|\d{4}\s*年\s*\d{1,2}\s*月[^,，]*日\s*[,，])/u;
export const originalLabel = /^(?:Original|Оригинал|Originale?|原文|الأصل)\s*[:：]\s*(.*)$/iu;
export const dateLabel = /^(?:Date|Fecha|Дата|日期|التاريخ)\s*[:：]\s*(.+)$/iu;

/** "Original: English", "原文：英文", "Оригинал: русский" → the language. */
const languageNames: ReadonlyArray<[RegExp, Language]> = [
	[/^(?:english|anglais|ingl[eé]s|английский|英文|英语|بالإنكليزية|الإنكليزية|الإنجليزية)/iu, 'en'],
	[/^(?:french|fran[cç]ais|franc[eé]s|французский|法文|法语|بالفرنسية|الفرنسية)/iu, 'fr'],
	[/^(?:spanish|espagnol|espa[nñ]ol|испанский|西班牙文|西班牙语|بالإسبانية|الإسبانية)/iu, 'es'],
	[/^(?:russian|russe|ruso|русский|俄文|俄语|بالروسية|الروسية)/iu, 'ru'],
	[/^(?:chinese|chinois|chino|китайский|中文|汉语|بالصينية|الصينية)/iu, 'zh'],
	[/^(?:arabic|arabe|[aá]rabe|арабский|阿拉伯文|阿拉伯语|بالعربية|العربية)/iu, 'ar'],
];

export function languageNamed(name: string): Language | undefined {
	return languageNames.find(([pattern]) => pattern.test(name.trim()))?.[1];
}

/** The symbol's language suffix: "-E" English ... "-A" Arabic. */
export const suffixLanguage: Readonly<Record<string, Language>> = {E: 'en', F: 'fr', S: 'es', R: 'ru', C: 'zh', A: 'ar'};

/** The language the labels of a text are in, when it has no suffix to say so. */
export function languageOfText(text: string): Language {
	const sample = text.slice(0, 4000);
	if (/[\u4E00-\u9FFF]/u.test(sample)) {
		return 'zh';
	}

	if (/[\u0600-\u06FF]/u.test(sample)) {
		return 'ar';
	}

	if (/[\u0400-\u04FF]/u.test(sample)) {
		return 'ru';
	}

	if (/\b(?:Résumé|Suite à donner|Références|Conseil)\b/u.test(sample)) {
		return 'fr';
	}

	if (/\b(?:Resumen|Referencias|Consejo|Acción)\b/u.test(sample)) {
		return 'es';
	}

	return 'en';
}

const months: ReadonlyArray<[RegExp, number]> = [
	[/^(?:jan(?:uary)?|janvier|enero|января|январь)$/iu, 1],
	[/^(?:feb(?:ruary)?|février|fevrier|febrero|февраля|февраль)$/iu, 2],
	[/^(?:mar(?:ch)?|mars|marzo|марта|март)$/iu, 3],
	[/^(?:apr(?:il)?|avril|abril|апреля|апрель)$/iu, 4],
	[/^(?:may|mai|mayo|мая|май)$/iu, 5],
	[/^(?:june?|juin|junio|июня|июнь)$/iu, 6],
	[/^(?:july?|juillet|julio|июля|июль)$/iu, 7],
	[/^(?:aug(?:ust)?|août|aout|agosto|августа|август)$/iu, 8],
	[/^(?:sep(?:t(?:ember)?)?|septembre|septiembre|сентября|сентябрь)$/iu, 9],
	[/^(?:oct(?:ober)?|octobre|octubre|октября|октябрь)$/iu, 10],
	[/^(?:nov(?:ember)?|novembre|noviembre|ноября|ноябрь)$/iu, 11],
	[/^(?:dec(?:ember)?|décembre|decembre|diciembre|декабря|декабрь)$/iu, 12],
	...['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'].map((name, index): [RegExp, number] => [new RegExp(`^${name}$`, 'u'), index + 1]),
];

export const monthWord = '[A-Za-zÀ-ÿ\\u0400-\\u04FF\\u0600-\\u06FF]{3,10}';

export function monthNumber(word: string): number | undefined {
	return months.find(([pattern]) => pattern.test(word))?.[1];
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** "4 March 2019", "4 mars 2019", "4 марта 2019 года", "2019年3月4日", "2019-03-04" → "2019-03-04"; otherwise undefined. */
export function isoDate(value: string): string | undefined {
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	const chinese = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u.exec(value.trim());
	const written = new RegExp(`^(\\d{1,2})\\s*(?:de\\s+)?(${monthWord})\\.?\\s*(?:de\\s+)?(\\d{4})(?:\\s*(?:г\\.?|года))?$`, 'u').exec(value.trim());
	const american = new RegExp(`^(${monthWord})\\s+(\\d{1,2}),\\s*(\\d{4})$`, 'u').exec(value.trim());
	let parts: [number, number, number] | undefined;
	if (iso !== null) {
		parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
	} else if (chinese !== null) {
		parts = [Number(chinese[1]), Number(chinese[2]), Number(chinese[3])];
	} else if (written !== null) {
		const month = monthNumber(written[2] ?? '');
		parts = month === undefined ? undefined : [Number(written[3]), month, Number(written[1])];
	} else if (american !== null) {
		const month = monthNumber(american[1] ?? '');
		parts = month === undefined ? undefined : [Number(american[3]), month, Number(american[2])];
	}

	if (parts === undefined) {
		return undefined;
	}

	const [year, month, day] = parts;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** "Geneva, 10-20 June 2019", "Genève, 10-20 juin 2019", "2019年6月10-20日，日内瓦" → place and dates. */
export function sessionFrame(line: string): {place?: string; start?: string; end?: string} | undefined {
	const western = new RegExp(`^([^,，،\\d]+?)\\s*[,，،]\\s*(\\d{1,2})\\s*(?:(${monthWord})\\s*)?[-–—]\\s*(\\d{1,2})\\s*(?:de\\s+)?(${monthWord})\\s*(?:de\\s+)?(\\d{4})`, 'u').exec(line);
	if (western !== null) {
		const [, place = '', firstDay = '', firstMonth, lastDay = '', lastMonth = '', year = ''] = western;
		const start = isoDate(`${firstDay} ${firstMonth ?? lastMonth} ${year}`);
		const end = isoDate(`${lastDay} ${lastMonth} ${year}`);
		return {place: place.trim(), ...(start === undefined ? {} : {start}), ...(end === undefined ? {} : {end})};
	}

	const chinese = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[-–—至]\s*(\d{1,2})\s*日\s*[,，]?\s*(\S+)?/u.exec(line);
	if (chinese !== null) {
		const [, year = '', month = '', first = '', last = '', place] = chinese;
		const start = isoDate(`${year}-${month.padStart(2, '0')}-${first.padStart(2, '0')}`);
		const end = isoDate(`${year}-${month.padStart(2, '0')}-${last.padStart(2, '0')}`);
		return {...(place === undefined ? {} : {place}), ...(start === undefined ? {} : {start}), ...(end === undefined ? {} : {end})};
	}

	return undefined;
}
