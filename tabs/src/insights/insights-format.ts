/** Numbers and days in the reader's locale; the API's rates are fractions (0.6 = 60 %). */
import { useMemo } from 'react';
import type { HeadlineKey } from './insights-api.js';
import { useInsightsText } from './insights-text.js';

const isRate = (key: string) => key.endsWith('Rate');

export function useFormat() {
  const { it, locale } = useInsightsText();
  return useMemo(() => {
    const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
    const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
    const points = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const signed = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const date = new Intl.DateTimeFormat(tag, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const none = it('ins.no_figure');
    return {
      /** a figure of the column or indicator `key` */
      value: (key: string, v: number | null | undefined) =>
        v === null || v === undefined ? none : isRate(key) ? percent.format(v) : number.format(v),
      /** a change: percentage points for rates, a signed number otherwise */
      change: (key: HeadlineKey, v: number | null) =>
        v === null ? none : isRate(key) ? `${points.format(v * 100)} pt` : signed.format(v),
      count: (v: number | null | undefined) => (v === null || v === undefined ? none : number.format(v)),
      rate: (v: number | null | undefined) => (v === null || v === undefined ? none : percent.format(v)),
      day: (iso: string) => date.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
      month: (yyyyMm: string) => month.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
      name: (n: string) => (n === '__other__' ? it('ins.other') : n),
    };
  }, [it, locale]);
}

export type Format = ReturnType<typeof useFormat>;
