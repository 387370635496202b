import { addCalendarDays } from '@crm/platform';
import type { CustomerPolicy } from '../../shared/customer-policy';

/** CUS-041: the occasions `leadDays` ahead of asOf: the day care reminders are about. */
export const careTarget = (asOf: string, policy: CustomerPolicy): string => addCalendarDays(asOf, policy.care.leadDays);

/** MM-DD of a date; 29 February is celebrated on 28 February in other years. */
export function anniversaryKey(date: string, year: number): string {
  const md = date.slice(5, 10);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return md === '02-29' && !leap ? '02-28' : md;
}

/** The MM-DD values whose anniversaries fall on the target day (28 February also covers 29 February in common years). */
export function anniversaryKeysOn(target: string): string[] {
  const year = Number(target.slice(0, 4));
  const md = target.slice(5, 10);
  return md === '02-28' && anniversaryKey('2000-02-29', year) === '02-28' ? ['02-28', '02-29'] : [md];
}

/** CUS-041: 春节 / 中秋 when the target day is one of them (dates per year in the policy). */
export function festivalOn(target: string, policy: CustomerPolicy): 'SPRING_FESTIVAL' | 'MID_AUTUMN' | null {
  const festivals = policy.care.festivals[target.slice(0, 4)];
  if (!festivals) return null;
  if (festivals.springFestival === target) return 'SPRING_FESTIVAL';
  if (festivals.midAutumn === target) return 'MID_AUTUMN';
  return null;
}
