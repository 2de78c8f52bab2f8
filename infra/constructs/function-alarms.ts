import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** Properties of {@link FunctionAlarms}. */
export interface FunctionAlarmsProps {
  /** The skill function to watch. */
  readonly fn: IFunction;
  /**
   * p99 duration above which users are close to Alexa's 8 s answer limit.
   * @default 6 seconds
   */
  readonly slowAnswer?: Duration;
}

/** Alarms that say a user heard "there was a problem with the requested skill's response". */
export class FunctionAlarms extends Construct {
  public readonly errors: Alarm;
  public readonly throttles: Alarm;
  public readonly slowAnswers: Alarm;

  constructor(scope: Construct, id: string, props: FunctionAlarmsProps) {
    super(scope, id);
    const period = Duration.minutes(5);
    const slow = props.slowAnswer ?? Duration.seconds(6);
    this.errors = this.atLeastOnce('Errors', props.fn.metricErrors({ period }));
    this.throttles = this.atLeastOnce('Throttles', props.fn.metricThrottles({ period }));
    this.slowAnswers = new Alarm(this, 'SlowAnswers', {
      alarmDescription: `p99 answer time above ${slow.toSeconds()} s: close to the 8 s limit.`,
      metric: props.fn.metricDuration({ period, statistic: 'p99' }),
      threshold: slow.toMilliseconds(),
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      // Two slow windows in fifteen minutes, so one cold start does not page anyone.
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }

  private atLeastOnce(id: string, metric: IMetric): Alarm {
    return new Alarm(this, id, {
      alarmDescription: `Skill function ${id.toLowerCase()}: a user got no answer.`,
      metric,
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      // No traffic is healthy for a skill used a few times a day.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
