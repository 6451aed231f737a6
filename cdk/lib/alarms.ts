import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Distribution } from 'aws-cdk-lib/aws-cloudfront';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

/** Every alarm looks at sums over this period and fires on one period at or above its threshold. */
export const ALARM_PERIOD = Duration.minutes(5);

/** What each alarm counts, and how many in one period raise it. */
export const ALARM_THRESHOLDS = {
  /** Reads DynamoDB refused, at the table's read cap or beyond its capacity: readers got a 503. */
  tableReadThrottles: 1,
  /** Invocations refused at the API's concurrency cap: readers got a 429. */
  apiThrottles: 1,
  /** Invocations that failed or timed out in the function itself. */
  apiErrors: 1,
  /** 5xx answers of the Function URL: the API's own 500 and 503 and Lambda's failures. */
  apiServerErrors: 5,
  /** Percent of the distribution's responses that were 5xx, on average. */
  distributionServerErrorRate: 5,
} as const;

/** CloudFront publishes its metrics in us-east-1 only, and an alarm must be in its metric's region. */
const CLOUDFRONT_METRICS_REGION = 'us-east-1';

export interface AlarmsProps {
  readonly table: ITable;
  readonly api: IFunction;
  readonly distribution: Distribution;
  /** Where notifications are sent by email; none subscribed when null. */
  readonly email: string | null;
}

/**
 * The alarms of the portal's back end, all to one SNS topic (with an email subscription when an
 * address is configured): table reads throttled, API throttles, errors and Function URL 5xx, and,
 * in a stack in us-east-1, where CloudFront's metrics are, the distribution's 5xx rate.
 */
export class Alarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Topic', { displayName: 'Drug Policy Portal alarms', enforceSSL: true });
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    Validations.of(this.topic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'CloudWatch alarms cannot publish to a topic encrypted with the AWS managed SNS key, and ' +
        'these notifications carry only alarm names and metric values, nothing confidential.',
    });

    const action = new SnsAction(this.topic);
    const sum = { statistic: 'Sum', period: ALARM_PERIOD };
    const alarm = (name: string, metric: IMetric, threshold: number, description: string) => {
      const created = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
    };
    alarm(
      'TableReadThrottles',
      props.table.metric('ReadThrottleEvents', sum),
      ALARM_THRESHOLDS.tableReadThrottles,
      'DynamoDB refused reads of the table: the read cap (maxReadRequestUnits) was reached.',
    );
    alarm(
      'ApiThrottles',
      props.api.metricThrottles(sum),
      ALARM_THRESHOLDS.apiThrottles,
      'The API refused requests at its concurrency cap (apiConcurrency); readers got 429.',
    );
    alarm('ApiErrors', props.api.metricErrors(sum), ALARM_THRESHOLDS.apiErrors, 'API invocations failed or timed out.');
    alarm(
      'ApiServerErrors',
      new Metric({
        namespace: 'AWS/Lambda',
        metricName: 'Url5xxCount',
        dimensionsMap: { FunctionName: props.api.functionName },
        ...sum,
      }),
      ALARM_THRESHOLDS.apiServerErrors,
      'The API answered with server errors (5xx) through its Function URL.',
    );
    if (Stack.of(this).region === CLOUDFRONT_METRICS_REGION) {
      alarm(
        'DistributionServerErrorRate',
        // CloudFront files its metrics under both dimensions; the CDK's own metric gives only the first.
        new Metric({
          namespace: 'AWS/CloudFront',
          metricName: '5xxErrorRate',
          dimensionsMap: { DistributionId: props.distribution.distributionId, Region: 'Global' },
          statistic: 'Average',
          period: ALARM_PERIOD,
        }),
        ALARM_THRESHOLDS.distributionServerErrorRate,
        'Readers got server errors (5xx) from CloudFront, from the bucket, the API or CloudFront itself.',
      );
    }
  }
}
