import type { CfnResource } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  type AwsSdkCall,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';

/** The service principal Alexa invokes skill functions with. */
export const alexaPrincipal = 'alexa-appkit.amazon.com';

/** Properties of {@link NewSkillTrigger}. */
export interface NewSkillTriggerProps {
  /** The skill's endpoint function. */
  readonly fn: IFunction;
}

/** Statement id of the temporary grant that any skill may invoke the function. */
const openStatementId = 'AlexaSkillCreation';

/**
 * Lets Alexa call the function while a new skill is being created, then narrows that to the
 * skill's own id. The id exists only once the skill does, yet creating the skill checks that
 * Alexa may invoke its endpoint. So (after aws-samples/cdk-alexa-skill):
 *   1. an open grant (no event source token) is added first;
 *   2. the skill is created, depending on it;
 *   3. a grant with `eventSourceToken` = the skill id is added;
 *   4. the open grant is removed.
 * Steps 1 and 4 are SDK calls (AwsCustomResource) because CloudFormation cannot name a
 * permission's statement id; step 3 is a plain AWS::Lambda::Permission that CloudFormation
 * keeps and deletes with the stack.
 */
export class NewSkillTrigger extends Construct {
  private readonly fn: IFunction;
  private readonly openGrant: AwsCustomResource;
  private readonly policy: AwsCustomResourcePolicy;

  constructor(scope: Construct, id: string, props: NewSkillTriggerProps) {
    super(scope, id);
    this.fn = props.fn;
    this.policy = AwsCustomResourcePolicy.fromStatements([
      new PolicyStatement({
        actions: ['lambda:AddPermission', 'lambda:RemovePermission'],
        resources: [props.fn.functionArn],
      }),
    ]);
    const removeOpenGrant = this.removeOpenGrantCall();
    this.openGrant = new AwsCustomResource(this, 'OpenGrant', {
      policy: this.policy,
      installLatestAwsSdk: false,
      onCreate: {
        service: 'Lambda',
        action: 'addPermission',
        parameters: {
          FunctionName: props.fn.functionArn,
          StatementId: openStatementId,
          Principal: alexaPrincipal,
          Action: 'lambda:InvokeFunction',
        },
        // A retried deployment may find the grant already there.
        ignoreErrorCodesMatching: 'ResourceConflictException',
        physicalResourceId: PhysicalResourceId.of(openStatementId),
      },
      onDelete: removeOpenGrant,
    });
  }

  /** Makes `skill` wait for the open grant, then swaps that grant for one scoped to `skillId`. */
  public scopeTo(skill: CfnResource, skillId: string): void {
    skill.node.addDependency(this.openGrant);
    this.fn.addPermission('AlexaSkillTrigger', {
      principal: new ServicePrincipal(alexaPrincipal),
      action: 'lambda:InvokeFunction',
      eventSourceToken: skillId,
    });
    const close = new AwsCustomResource(this, 'CloseOpenGrant', {
      policy: this.policy,
      installLatestAwsSdk: false,
      onCreate: this.removeOpenGrantCall(),
      onUpdate: this.removeOpenGrantCall(),
    });
    // Only once the skill exists and its own grant is in place may the open one go.
    close.node.addDependency(skill);
    const scoped = this.fn.permissionsNode.tryFindChild('AlexaSkillTrigger');
    if (!scoped) {
      // An imported function cannot take permissions from this stack; closing the open grant
      // would then leave Alexa unable to call it.
      throw new Error('NewSkillTrigger needs a function defined in this app, not an imported one.');
    }
    close.node.addDependency(scoped);
  }

  private removeOpenGrantCall(): AwsSdkCall {
    return {
      service: 'Lambda',
      action: 'removePermission',
      parameters: { FunctionName: this.fn.functionArn, StatementId: openStatementId },
      ignoreErrorCodesMatching: 'ResourceNotFoundException',
      physicalResourceId: PhysicalResourceId.of(`${openStatementId}-removed`),
    };
  }
}
