import { i18nDiagnostics } from '../../src/core/i18n.js';

/**
 * For each test of the suite it is called in: the messages missing from a locale (`locale:key`), optionally only
 * the keys `only` accepts. The returned list is emptied before each test.
 */
export function missingMessages(only?: (key: string) => boolean): string[] {
  const list: string[] = [];
  beforeEach(() => {
    list.length = 0;
    i18nDiagnostics.onMissing = (locale, key) => {
      if (!only || only(key)) list.push(`${locale}:${key}`);
    };
  });
  afterEach(() => {
    i18nDiagnostics.onMissing = undefined;
  });
  return list;
}
