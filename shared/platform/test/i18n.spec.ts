import { negotiateLang, userError } from '../src';

describe('languages', () => {
  it('speaks Chinese unless the client prefers English', () => {
    expect(negotiateLang(undefined)).toBe('zh-CN');
    expect(negotiateLang('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLang('fr-FR, en;q=0.5, zh;q=0.8')).toBe('zh-CN');
    expect(negotiateLang('de')).toBe('zh-CN');
  });

  it('a userError carries a stable code, the field path and the message in the chosen language', () => {
    expect(userError('en', 'REQUIRED', ['input', 'name'], { zh: '必填', en: 'required' })).toEqual({
      code: 'REQUIRED',
      field: ['input', 'name'],
      message: 'required',
    });
  });
});
