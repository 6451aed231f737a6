import { describe, expect, it } from 'vitest';
import en from '../../site/src/i18n/en.json' with { type: 'json' };
import es from '../../site/src/i18n/es.json' with { type: 'json' };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface strings', () => {
  it('has every key in every language, and no empty string', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const strings of [en, es]) expect(Object.entries(strings).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it('uses the same placeholders in each language for each key', () => {
    const mismatched = Object.entries(en).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(es[key as keyof typeof es]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
