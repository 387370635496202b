/** Messages are zh-CN first with an English variant, chosen by Accept-Language. */
export type Lang = 'zh-CN' | 'en';

export interface Message {
  zh: string;
  en: string;
}

/** Picks the first language in Accept-Language we speak; Chinese when none is given. */
export function negotiateLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export function translate(message: Message, lang: Lang): string {
  return lang === 'en' ? message.en : message.zh;
}
