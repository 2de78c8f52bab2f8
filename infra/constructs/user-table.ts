import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

/**
 * One item per Alexa user: partition key `id` (the hashed user id), progress and preferences
 * in the item. On-demand billing because a voice skill idles most of the day.
 */
export class UserTable extends Construct {
  /** The table; grant access through it so policies stay scoped to this ARN. */
  public readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'id', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      // Users' progress outlives the stack: deleting the stack must never delete their data.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
