import { describe, expect, it } from 'vitest';
import { readDeploySettings } from '../../cdk/settings.ts';

const asContext = (name: string) => `context ${name}`;

describe('the settings of a deployment that watch and cap it', () => {
  it('caps table reads at 1,000 units a second and budgets 25 US dollars a month unless told otherwise', () => {
    expect(readDeploySettings({}, asContext).settings).toMatchObject({
      maxReadRequestUnits: 1000,
      monthlyBudgetUsd: 25,
      alarmEmail: null,
    });
    expect(
      readDeploySettings(
        { maxReadRequestUnits: '4000', monthlyBudgetUsd: '60', alarmEmail: 'ops@portal.example' },
        asContext,
      ).settings,
    ).toMatchObject({ maxReadRequestUnits: 4000, monthlyBudgetUsd: 60, alarmEmail: 'ops@portal.example' });
  });

  it('names each bad value and what it accepts', () => {
    expect(
      readDeploySettings({ maxReadRequestUnits: '0', monthlyBudgetUsd: '12.5', alarmEmail: 'ops' }, asContext).problems,
    ).toEqual([
      'context maxReadRequestUnits "0": a whole number of read request units per second, at least 1',
      'context alarmEmail "ops": an email address',
      'context monthlyBudgetUsd "12.5": a whole number of US dollars a month, at least 1',
    ]);
  });
});
