import type { IsoDate } from '../core/units/admin-unit.ts';

/** Today's date where the users are: a planner in Hà Nội at 06:00 is already on the next UTC day. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface Clock {
  today(): IsoDate;
}

export function systemClock(timeZone: string = DEFAULT_TIME_ZONE): Clock {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return { today: () => format.format(new Date()) };
}

export function fixedClock(date: IsoDate): Clock {
  return { today: () => date };
}
