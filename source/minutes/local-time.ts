/*
Times in a summary record are the meeting's local times with their zone ("11.00
(Europe/Zurich, UTC+02:00)"), never the journal's UTC. Pure: the zone is an
argument (the CLI's `--time-zone`, default the system's), so a fixture gives the
same text on every machine.
*/

export type LocalTime = {
	/** YYYY-MM-DD in the zone. */
	readonly date: string;
	/** HH:MM in the zone (24 hours). */
	readonly time: string;
	/** "+02:00", "-05:00", "+00:00". */
	readonly offset: string;
	/** ISO 8601 with the zone's offset: "2026-04-13T11:00:00+02:00". */
	readonly iso: string;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let formatter = formatters.get(timeZone);
	if (formatter === undefined) {
		formatter = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
		});
		formatters.set(timeZone, formatter);
	}

	return formatter;
}

/** Whether Node knows the IANA zone name ("Europe/Zurich", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
	try {
		formatterFor(timeZone);
		return true;
	} catch {
		return false;
	}
}

function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** An instant (epoch ms) in a zone. */
export function localTime(at: number, timeZone: string): LocalTime {
	const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(at)).map(part => [part.type, part.value]));
	const date = `${parts.year}-${parts.month}-${parts.day}`;
	const time = `${parts.hour}:${parts.minute}`;
	const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
	const minutes = Math.round((asUtc - (at - (at % 1000))) / 60_000);
	const sign = minutes < 0 ? '-' : '+';
	const offset = `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
	return {date, time, offset, iso: `${date}T${time}:${parts.second}${offset}`};
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Monday 13 April 2026" from YYYY-MM-DD. */
export function longDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	if (year === undefined || month === undefined || day === undefined) {
		return date;
	}

	const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
	return `${weekdays[weekday] ?? ''} ${day} ${months[month - 1] ?? ''} ${year}`.trim();
}

/** "UTC+02:00" for an offset, the way the zone is named beside a time. */
export function zoneLabel(timeZone: string, offset: string): string {
	return `${timeZone}, UTC${offset}`;
}
