"""Tests of the SCP custom-resource handler (protection.scp.mode: lambda) against moto's
Organizations, with CloudFormation's ResponseURL served by a local HTTP server so the real
urllib sending path runs."""
import ast
import http.server
import json
import os
import pathlib
import sys
import threading

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws

HANDLER = (pathlib.Path(__file__).resolve().parents[2]
           / 'main/resources/dev/airgap/generator/policy/scp_handler.py')
sys.path.insert(0, str(HANDLER.parent))
import scp_handler  # noqa: E402

CONTENT = json.dumps({'Version': '2012-10-17', 'Statement': [{
    'Effect': 'Deny', 'Action': ['backup:DeleteBackupVault'],
    'Resource': ['arn:aws:backup:eu-west-1:222222222222:backup-vault:airgap-central']}]})
MARKER = {'Key': 'airgap:managed-by', 'Value': 'airgap'}


class Context:
    log_stream_name = '2026/11/23/[$LATEST]abc'

    def get_remaining_time_in_millis(self):
        return 300_000


class Responses(http.server.BaseHTTPRequestHandler):
    received = []

    def do_PUT(self):
        body = self.rfile.read(int(self.headers['Content-Length']))
        Responses.received.append({'body': json.loads(body), 'content_type': self.headers.get('Content-Type')})
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def response_url():
    Responses.received = []
    server = http.server.HTTPServer(('127.0.0.1', 0), Responses)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield 'http://127.0.0.1:%d/presigned?X-Amz-Signature=secret' % server.server_address[1]
    server.shutdown()
    server.server_close()


class Org:
    def __init__(self, client):
        self.client = client
        client.create_organization(FeatureSet='ALL')
        root = client.list_roots()['Roots'][0]['Id']
        self.ous = [client.create_organizational_unit(ParentId=root, Name='ou%d' % i)['OrganizationalUnit']['Id']
                    for i in range(3)]
        self.account = client.create_account(AccountName='central', Email='central@example.com')[
            'CreateAccountStatus']['AccountId']

    def targets(self, pid):
        return {t['TargetId'] for t in self.client.list_targets_for_policy(PolicyId=pid)['Targets']}

    def policy(self, pid):
        return self.client.describe_policy(PolicyId=pid)['Policy']


@pytest.fixture
def org(monkeypatch):
    for key, value in {'AWS_ACCESS_KEY_ID': 'testing', 'AWS_SECRET_ACCESS_KEY': 'testing',
                       'AWS_SESSION_TOKEN': 'testing', 'AWS_DEFAULT_REGION': 'us-east-1'}.items():
        monkeypatch.setenv(key, value)
    with mock_aws():
        o = Org(boto3.client('organizations', region_name='us-east-1'))
        monkeypatch.setattr(scp_handler, 'org', o.client)
        waits = []
        monkeypatch.setattr(scp_handler, 'wait', waits.append)
        o.waits = waits
        yield o


def invoke(url, kind, targets=(), physical_id=None, name='airgap-central-vault', content=CONTENT, **extra):
    event = {
        'RequestType': kind, 'ResponseURL': url, 'RequestId': 'req-%d' % len(Responses.received),
        'StackId': 'arn:aws:cloudformation:us-east-1:111111111111:stack/airgap-management/1',
        'LogicalResourceId': 'CentralVaultScp', 'ResourceType': 'Custom::AirgapScp',
        'ResourceProperties': {'ServiceToken': 'arn:aws:lambda:us-east-1:111111111111:function:f',
                               'PolicyName': name, 'PolicyDescription': 'airgap test',
                               'PolicyContent': content, 'TargetIds': list(targets)},
    }
    if physical_id:
        event['PhysicalResourceId'] = physical_id
    event.update(extra)
    before = len(Responses.received)
    scp_handler.handler(event, Context())
    assert len(Responses.received) == before + 1, 'exactly one response per request'
    return Responses.received[-1]['body']


def test_create_makes_the_policy_and_attaches_it_to_every_target(org, response_url):
    wanted = {org.ous[0], org.ous[1], org.account}
    r = invoke(response_url, 'Create', sorted(wanted))

    assert r['Status'] == 'SUCCESS', r['Reason']
    pid = r['PhysicalResourceId']
    assert pid.startswith('p-')
    assert org.targets(pid) == wanted
    policy = org.policy(pid)
    assert json.loads(policy['Content']) == json.loads(CONTENT)
    assert policy['PolicySummary']['Type'] == 'SERVICE_CONTROL_POLICY'
    assert MARKER in org.client.list_tags_for_resource(ResourceId=pid)['Tags']
    assert (r['StackId'], r['LogicalResourceId']) == (
        'arn:aws:cloudformation:us-east-1:111111111111:stack/airgap-management/1', 'CentralVaultScp')
    assert Responses.received[-1]['content_type'] == ''


def test_update_keeps_the_physical_id_and_reconciles_targets(org, response_url):
    pid = invoke(response_url, 'Create', [org.ous[0], org.ous[1]])['PhysicalResourceId']
    new_content = CONTENT.replace('DeleteBackupVault', 'DeleteRecoveryPoint')

    r = invoke(response_url, 'Update', [org.ous[1], org.ous[2], org.account], physical_id=pid,
               name='airgap-central-vault-v2', content=new_content)

    assert r['Status'] == 'SUCCESS', r['Reason']
    assert r['PhysicalResourceId'] == pid, 'a new id would make CloudFormation delete the live SCP'
    assert org.targets(pid) == {org.ous[1], org.ous[2], org.account}
    policy = org.policy(pid)
    assert policy['PolicySummary']['Name'] == 'airgap-central-vault-v2'
    assert json.loads(policy['Content']) == json.loads(new_content)


def test_delete_detaches_from_every_target_then_deletes(org, response_url):
    pid = invoke(response_url, 'Create', [org.ous[0], org.account])['PhysicalResourceId']

    r = invoke(response_url, 'Delete', [org.ous[0], org.account], physical_id=pid)

    assert r['Status'] == 'SUCCESS', r['Reason']
    assert r['PhysicalResourceId'] == pid
    with pytest.raises(ClientError) as e:
        org.policy(pid)
    assert e.value.response['Error']['Code'] == 'PolicyNotFoundException'
    # A second delete (CloudFormation retries) is still a success.
    assert invoke(response_url, 'Delete', physical_id=pid)['Status'] == 'SUCCESS'


def test_create_adopts_a_tagged_policy_of_the_same_name(org, response_url):
    old = org.client.create_policy(Name='airgap-central-vault', Description='left over', Content=CONTENT,
                                   Type='SERVICE_CONTROL_POLICY', Tags=[MARKER])['Policy']['PolicySummary']['Id']
    org.client.attach_policy(PolicyId=old, TargetId=org.ous[0])
    new_content = CONTENT.replace('DeleteBackupVault', 'DeleteRecoveryPoint')

    r = invoke(response_url, 'Create', [org.ous[1]], content=new_content)

    assert r['Status'] == 'SUCCESS', r['Reason']
    assert r['PhysicalResourceId'] == old
    assert org.targets(old) == {org.ous[1]}
    assert json.loads(org.policy(old)['Content']) == json.loads(new_content)


def test_create_refuses_a_policy_of_the_same_name_without_our_tag(org, response_url):
    theirs = org.client.create_policy(Name='airgap-central-vault', Description='not ours', Content=CONTENT,
                                      Type='SERVICE_CONTROL_POLICY')['Policy']['PolicySummary']['Id']
    org.client.attach_policy(PolicyId=theirs, TargetId=org.ous[0])

    r = invoke(response_url, 'Create', [org.ous[1]])

    assert r['Status'] == 'FAILED'
    assert 'lacks tag airgap:managed-by=airgap' in r['Reason']
    assert not r['PhysicalResourceId'].startswith('p-'), 'rollback must not delete their policy'
    assert org.targets(theirs) == {org.ous[0]}
    assert org.policy(theirs)['PolicySummary']['Description'] == 'not ours'


def test_adoption_pages_through_more_than_twenty_policies(org, response_url, monkeypatch):
    for i in range(25):
        org.client.create_policy(Name='other-%02d' % i, Description='', Content=CONTENT,
                                 Type='SERVICE_CONTROL_POLICY')
    ours = org.client.create_policy(Name='airgap-central-vault', Description='', Content=CONTENT,
                                    Type='SERVICE_CONTROL_POLICY', Tags=[MARKER])['Policy']['PolicySummary']['Id']
    pages = []
    real = org.client.list_policies

    def spy(**kwargs):
        pages.append(kwargs.get('NextToken'))
        return real(**kwargs)

    monkeypatch.setattr(org.client, 'list_policies', spy)

    r = invoke(response_url, 'Create', [org.ous[0]])

    assert r['Status'] == 'SUCCESS', r['Reason']
    assert r['PhysicalResourceId'] == ours
    assert len(pages) >= 2 and pages[0] is None and pages[1] is not None


class OnePerPage:
    """moto returns every target at once; real ListTargetsForPolicy pages. Serve one per page."""

    def __init__(self, client):
        self.client, self.tokens = client, []

    def __getattr__(self, name):
        return getattr(self.client, name)

    def list_targets_for_policy(self, PolicyId, NextToken=None):
        targets = sorted(self.client.list_targets_for_policy(PolicyId=PolicyId)['Targets'], key=lambda t: t['TargetId'])
        self.tokens.append(NextToken)
        i = int(NextToken or 0)
        page = {'Targets': targets[i:i + 1]}
        if i + 1 < len(targets):
            page['NextToken'] = str(i + 1)
        return page


def test_delete_pages_through_all_targets(org, response_url, monkeypatch):
    pid = invoke(response_url, 'Create', [org.ous[0], org.ous[1], org.ous[2], org.account])['PhysicalResourceId']
    paging = OnePerPage(org.client)
    monkeypatch.setattr(scp_handler, 'org', paging)

    r = invoke(response_url, 'Delete', physical_id=pid)

    assert r['Status'] == 'SUCCESS', r['Reason']
    assert paging.tokens == [None, '1', '2', '3']
    with pytest.raises(ClientError):
        org.policy(pid)


def test_a_failed_attach_still_answers_failed_with_the_policy_id_for_rollback(org, response_url):
    r = invoke(response_url, 'Create', [org.ous[0], 'ou-zzzz-doesnotexist'])

    assert r['Status'] == 'FAILED'
    assert 'OrganizationalUnitNotFoundException' in r['Reason']
    pid = r['PhysicalResourceId']
    assert pid.startswith('p-')
    # CloudFormation's rollback sends Delete with that id, which removes the half-made policy.
    assert invoke(response_url, 'Delete', physical_id=pid)['Status'] == 'SUCCESS'
    assert all(p['Name'] != 'airgap-central-vault'
               for p in org.client.list_policies(Filter='SERVICE_CONTROL_POLICY')['Policies'])


def test_an_unexpected_exception_still_answers_failed(org, response_url):
    event_props_without_name = {'PolicyContent': CONTENT, 'TargetIds': []}
    before = len(Responses.received)
    scp_handler.handler({'RequestType': 'Create', 'ResponseURL': response_url, 'RequestId': 'r1',
                         'StackId': 's', 'LogicalResourceId': 'L',
                         'ResourceProperties': event_props_without_name}, Context())
    r = Responses.received[before]['body']
    assert r['Status'] == 'FAILED'
    assert r['Reason'].startswith('KeyError')
    assert r['PhysicalResourceId'] == 'none-r1'


def test_delete_of_a_create_that_never_made_a_policy_is_a_no_op(org, response_url, monkeypatch):
    class NoCalls:
        def __getattr__(self, name):
            pytest.fail('no API call expected, got ' + name)

    monkeypatch.setattr(scp_handler, 'org', NoCalls())
    r = invoke(response_url, 'Delete', physical_id='none-req-0')
    assert r['Status'] == 'SUCCESS'
    assert r['PhysicalResourceId'] == 'none-req-0'


def test_update_recreates_a_policy_deleted_outside_cloudformation(org, response_url):
    pid = invoke(response_url, 'Create', [org.ous[0]])['PhysicalResourceId']
    org.client.detach_policy(PolicyId=pid, TargetId=org.ous[0])
    org.client.delete_policy(PolicyId=pid)

    r = invoke(response_url, 'Update', [org.ous[0]], physical_id=pid)

    assert r['Status'] == 'SUCCESS', r['Reason']
    assert r['PhysicalResourceId'] != pid and r['PhysicalResourceId'].startswith('p-')
    assert org.targets(r['PhysicalResourceId']) == {org.ous[0]}


class Flaky:
    """Delegates to the moto client, failing the first calls of one operation with an error code."""

    def __init__(self, client, operation, error, failures):
        self.client, self.operation, self.error, self.failures = client, operation, error, failures

    def __getattr__(self, name):
        real = getattr(self.client, name)
        if name != self.operation:
            return real

        def call(**kwargs):
            if self.failures > 0:
                self.failures -= 1
                raise ClientError({'Error': {'Code': self.error, 'Message': 'try again'}}, name)
            return real(**kwargs)
        return call


@pytest.mark.parametrize('error', ['ConcurrentModificationException', 'TooManyRequestsException'])
def test_concurrent_modification_and_throttling_are_retried_with_backoff(org, response_url, monkeypatch, error):
    monkeypatch.setattr(scp_handler, 'org', Flaky(org.client, 'attach_policy', error, 3))

    r = invoke(response_url, 'Create', [org.ous[0]])

    assert r['Status'] == 'SUCCESS', r['Reason']
    assert org.waits == [1, 2, 4]
    assert org.targets(r['PhysicalResourceId']) == {org.ous[0]}


def test_other_errors_are_not_retried(org, response_url, monkeypatch):
    monkeypatch.setattr(scp_handler, 'org', Flaky(org.client, 'create_policy', 'AccessDeniedException', 1))
    r = invoke(response_url, 'Create', [org.ous[0]])
    assert r['Status'] == 'FAILED'
    assert 'AccessDeniedException' in r['Reason']
    assert org.waits == []


def test_an_unreachable_response_url_does_not_raise(org):
    scp_handler.handler({'RequestType': 'Delete', 'ResponseURL': 'http://127.0.0.1:9/x', 'RequestId': 'r',
                         'PhysicalResourceId': 'none-r', 'ResourceProperties': {}}, Context())
    assert org.waits == [2, 2, 2]


def test_nothing_secret_is_logged(org, response_url, capsys):
    invoke(response_url, 'Create', [org.ous[0]])
    out = capsys.readouterr().out
    assert 'secret' not in out and '127.0.0.1' not in out


def test_the_handler_can_be_inlined_in_a_template():
    source = HANDLER.read_text(encoding='utf-8')
    # CloudFormation's ZipFile: "Your source code can contain up to 4096 characters"
    # (awsdocs/aws-cloudformation-user-guide, aws-properties-lambda-function-code.md).
    assert len(source) <= 4096, len(source)
    assert '${' not in source, 'Fn::Sub would try to substitute it'
    assert '\t' not in source and source.endswith('\n')
    modules = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules.update(a.name.split('.')[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            modules.add(node.module.split('.')[0])
    assert modules <= {'json', 'time', 'urllib', 'boto3', 'botocore'}
    assert callable(scp_handler.handler)


def test_the_handler_does_not_read_the_environment(monkeypatch):
    # The Lambda gets no configuration besides the event; credentials come from its role.
    assert 'os.environ' not in HANDLER.read_text(encoding='utf-8')
    assert os.environ is not None


def test_a_forged_delete_naming_a_policy_airgap_did_not_make_changes_nothing(org, response_url):
    theirs = org.client.create_policy(Name='guardrails', Description='not ours', Content=CONTENT,
                                      Type='SERVICE_CONTROL_POLICY')['Policy']['PolicySummary']['Id']
    org.client.attach_policy(PolicyId=theirs, TargetId=org.ous[0])

    r = invoke(response_url, 'Delete', physical_id=theirs, name='guardrails')

    assert r['Status'] == 'FAILED'
    assert 'lacks tag airgap:managed-by=airgap' in r['Reason']
    assert org.targets(theirs) == {org.ous[0]}


def test_a_delete_naming_another_airgap_policy_than_its_own_changes_nothing(org, response_url):
    other = invoke(response_url, 'Create', [org.ous[0]], name='airgap-protect-central-account')['PhysicalResourceId']

    r = invoke(response_url, 'Delete', physical_id=other, name='airgap-protect-central-vault')

    assert r['Status'] == 'FAILED'
    assert org.targets(other) == {org.ous[0]}


def test_an_update_naming_a_policy_airgap_did_not_make_changes_nothing(org, response_url):
    theirs = org.client.create_policy(Name='guardrails', Description='not ours', Content=CONTENT,
                                      Type='SERVICE_CONTROL_POLICY')['Policy']['PolicySummary']['Id']

    r = invoke(response_url, 'Update', [org.ous[1]], physical_id=theirs)

    assert r['Status'] == 'FAILED'
    assert org.policy(theirs)['PolicySummary']['Description'] == 'not ours'
    assert org.targets(theirs) == set()
