import { DEFAULT_CUSTOMER_POLICY as policy } from '../../../default-policy';
import { referralPoints } from '../points.rules';

describe('points rules', () => {
  it('CUS-038 worked example 11: attending brings 100, 2,500 yuan on site 200 more (2 full thousands)', () => {
    expect(referralPoints('REFERRAL_ATTENDED', null, policy) + referralPoints('REFERRAL_SALES', '2500.00', policy)).toBe(300);
    expect(referralPoints('REFERRAL_SALES', '999.99', policy)).toBe(0);
  });
});
