# airgap SCP custom resource; its contract: ScpLambda.java. Physical id: the policy id.
import json
import time
import urllib.request
import boto3
from botocore.exceptions import ClientError

TAG = {'Key': 'airgap:managed-by', 'Value': 'airgap'}
SCP = 'SERVICE_CONTROL_POLICY'
RETRY = ('ConcurrentModificationException', 'TooManyRequestsException')
wait = time.sleep
org = ctx = cur = None

def code(e):
  return e.response['Error']['Code']

def api(op, **kw):
  for n in range(8):
    try:
      return getattr(org, op)(**kw)
    except ClientError as e:
      if code(e) not in RETRY or n == 7 or ctx and ctx.get_remaining_time_in_millis() < 60000:
        raise
      wait(min(2 ** n, 30))

def pages(op, key, **kw):
  while True:
    r = api(op, **kw)
    yield from r.get(key, [])
    if not r.get('NextToken'):
      return
    kw['NextToken'] = r['NextToken']

def mine(pid, name=None):  # act only on airgap's own policy
  n = api('describe_policy', PolicyId=pid)['Policy']['PolicySummary']['Name']
  if TAG not in api('list_tags_for_resource', ResourceId=pid)['Tags'] or name not in (None, n):
    raise RuntimeError(n + ' lacks tag airgap:managed-by=airgap or is not ' + str(name))
  return pid

def adopt(name):
  for p in pages('list_policies', 'Policies', Filter=SCP):
    if p['Name'] == name:
      return mine(p['Id'])
  raise RuntimeError('no SCP named ' + name)

def put(p, pid):
  global cur
  args = {'Name': p['PolicyName'], 'Description': p.get('PolicyDescription', ''),
          'Content': p['PolicyContent']}
  if not pid:
    try:
      cur = api('create_policy', Type=SCP, Tags=[TAG], **args)['Policy']['PolicySummary']['Id']
      return cur
    except ClientError as e:
      if code(e) != 'DuplicatePolicyException':
        raise
      pid = adopt(args['Name'])
  api('update_policy', PolicyId=pid, **args)
  return pid

def targets(pid):
  return {t['TargetId'] for t in pages('list_targets_for_policy', 'Targets', PolicyId=pid)}

def detach(pid, t):
  try:
    api('detach_policy', PolicyId=pid, TargetId=t)
  except ClientError as e:
    if code(e) != 'PolicyNotAttachedException':
      raise

def apply(p, pid):
  try:
    pid = put(p, pid and mine(pid))
  except ClientError as e:
    if not pid or code(e) != 'PolicyNotFoundException':
      raise
    pid = put(p, '')  # deleted outside CloudFormation
  want, have = set(p.get('TargetIds') or []), targets(pid)
  for t in sorted(want - have):  # attach first: never unprotected
    api('attach_policy', PolicyId=pid, TargetId=t)
  for t in sorted(have - want):
    detach(pid, t)
  return pid

def delete(pid, name):
  try:
    mine(pid, name)
    for t in sorted(targets(pid)):
      detach(pid, t)
    api('delete_policy', PolicyId=pid)
  except ClientError as e:
    if code(e) != 'PolicyNotFoundException':
      raise

def send(event, status, reason, pid):
  body = json.dumps(dict({k: event.get(k) for k in ('StackId', 'RequestId', 'LogicalResourceId')},
                         Status=status, Reason=reason, PhysicalResourceId=pid)).encode()
  for n in range(3):
    try:
      req = urllib.request.Request(event['ResponseURL'], body, {'Content-Type': ''}, method='PUT')
      urllib.request.urlopen(req, timeout=30).close()
      return
    except Exception as e:  # never log the URL: presigned
      print('not sent:', type(e).__name__)
      wait(2)

def handler(event, context):
  global org, ctx, cur
  ctx, kind = context, event.get('RequestType')
  old = event.get('PhysicalResourceId') or 'none-' + str(event.get('RequestId'))
  pid = cur = old if old.startswith('p-') else ''
  status, reason = 'FAILED', 'error'
  try:
    print(kind, pid)
    org = org or boto3.client('organizations')
    p = event.get('ResourceProperties') or {}
    if kind == 'Delete':
      if pid:
        delete(pid, p.get('PolicyName'))
    else:
      cur = apply(p, pid if kind == 'Update' else '')
    status, reason = 'SUCCESS', 'policy ' + cur
  except Exception as e:
    reason = (type(e).__name__ + ': ' + str(e))[:1000]
    print('FAILED', reason)
  finally:
    send(event, status, reason, cur or old)
