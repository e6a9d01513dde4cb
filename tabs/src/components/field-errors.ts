/**
 * A refused field in the reader's words: the server names it by path (indexes from 0) and a stable
 * reason; the console says "Step 2, English title: required" (counting from 1, as people do) and
 * puts it on the form's field. `useFieldErrors` keeps the last failure's fields for one form.
 */
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { ApiError, type FieldError } from '../api/api-client.js';
import { type MessageKey, type Translate, useI18n } from '../i18n/i18n.js';

type Path = readonly (string | number)[];

/** Segments that only wrap what the person filled in (the poll of `{ poll, target }`, a step's content). */
const wrappers = new Set(['poll', 'content', 'variants', 'survey', 'quiz']);
const languages = new Set(['fr', 'en']);

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const known = (t: Translate, key: string): string | undefined => {
  const text = t(key as MessageKey);
  return text === key ? undefined : text;
};

/** ['steps', 1, 'content', 'en', 'title'] → "Step 2, English title" */
export function fieldName(path: Path, t: Translate): string {
  const parts: string[] = [];
  let names: string[] = [];
  let language: string | undefined;
  path.forEach((segment, i) => {
    if (typeof segment === 'number') {
      const collection = names.pop() ?? String(path[i - 1] ?? '');
      const n = segment + 1;
      parts.push(
        known(t, `field.item.${collection}`)?.replace('{n}', String(n)) ?? t('field.item.any', { n }),
      );
      names = [];
    } else if (languages.has(segment)) {
      language = t(`field.lang.${segment}` as MessageKey);
    } else if (!(wrappers.has(segment) && i < path.length - 1)) {
      names.push(segment);
    }
  });
  const key = names.join('.');
  const name = names.length
    ? (known(t, `field.name.${key}`) ?? known(t, `field.name.${names.at(-1)}`) ?? names.at(-1))
    : undefined;
  if (name && language) parts.push(t('field.in_language', { field: name, language }));
  else if (name ?? language) parts.push((name ?? language) as string);
  return capitalised(parts.join(', '));
}

/** Why the field was refused, in words. */
export function fieldReason(error: FieldError, t: Translate): string {
  const params = (error.params ?? {}) as Record<string, string | number>;
  if (error.code === 'invalid_format' && params.format === 'url') return t('field.reason.invalid_format_url');
  return (
    known(t, `field.reason.${error.code}`)?.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    ) ?? t('field.reason.invalid')
  );
}

/** "Step 2, English title: required" */
export const describeFieldError = (error: FieldError, t: Translate): string =>
  t('field.line', { field: fieldName(error.path, t), reason: fieldReason(error, t) });

const pathKey = (path: Path | string) => (typeof path === 'string' ? path : path.join('.'));

/** What a Fluent `Field` shows for one path: nothing, or the error in words. */
export interface FieldErrorProps {
  validationState?: 'error';
  validationMessage?: string;
}

/**
 * The refused fields of a form's last failure. `take(error)` after a failed save; spread
 * `on('poll.question')` (or `within('poll.options')`) into the `Field` of that input.
 */
export function useFieldErrors() {
  const { t } = useI18n();
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const take = useCallback((error: unknown) => setErrors(error instanceof ApiError ? error.fields : []), []);
  const clear = useCallback(() => setErrors([]), []);
  return useMemo(() => {
    const shown = (mine: readonly FieldError[]): FieldErrorProps =>
      mine.length
        ? {
            validationState: 'error',
            validationMessage: mine.map((e) => describeFieldError(e, t)).join(' · '),
          }
        : {};
    /** the errors of exactly these paths */
    const on = (...paths: (Path | string)[]) =>
      shown(errors.filter((e) => paths.some((path) => pathKey(e.path) === pathKey(path))));
    /** the errors of this path and of everything under it (a list's items) */
    const within = (path: Path | string) =>
      shown(errors.filter((e) => `${pathKey(e.path)}.`.startsWith(`${pathKey(path)}.`)));
    return { errors, take, clear, on, within };
  }, [errors, take, clear, t]);
}

export type FieldErrors = ReturnType<typeof useFieldErrors>;

const none: FieldErrors = {
  errors: [],
  take: () => undefined,
  clear: () => undefined,
  on: () => ({}),
  within: () => ({}),
};

/** A form's field errors for the parts it delegates (a tour's step editors). */
export const FieldErrorsContext = createContext<FieldErrors>(none);
export const useFormFieldErrors = () => useContext(FieldErrorsContext);
