#!/usr/bin/env python3
"""Computes example-district-wuqing.expected.json from the CSV files alone, by the definitions of
docs/domain.md, independently of the service: the example district (../ledger/example-district)
with its 五清 update (../ledger/example-district-wuqing) applied on top, row by row by id.

    python3 src/test/resources/scenarios/wuqing_expected.py > src/test/resources/scenarios/example-district-wuqing.expected.json
"""
import csv
import json
import os
from collections import Counter, defaultdict
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, '..', 'ledger', 'example-district')
UPDATE = os.path.join(HERE, '..', 'ledger', 'example-district-wuqing')
ASOF = date(2026, 9, 30)

# Header and value spellings of the ledger format (docs/ledger-format.md), Chinese → English.
HEADERS = {'换届日期': 'term_ends_on', '是否配备书记': 'has_secretary', '书记是否培训': 'secretary_trained',
           '分类定级': 'rating', '未建党组织原因': 'no_party_org_reason', '计划组建日期': 'planned_on',
           '出资人是否党员': 'owner_is_member', '营业收入(万元)': 'revenue', '经济类型': 'ownership',
           '入党日期': 'joined_on', '预备期满日期': 'probation_ends_on'}
VALUES = {'党员不足3人': 'TOO_FEW_MEMBERS', '无党员': 'NO_MEMBERS', '出资人不支持': 'OWNER_UNSUPPORTIVE',
          '外资企业': 'FOREIGN_INVESTED', '上级未及时指导': 'NOT_GUIDED', '正在组建': 'BEING_BUILT', '其他': 'OTHER',
          '私营': 'PRIVATE', '外资': 'FOREIGN', '港澳台': 'HK_MACAO_TAIWAN', '集体': 'COLLECTIVE',
          '先进': 'ADVANCED', '较好': 'GOOD', '一般': 'AVERAGE', '后进': 'WEAK', '软弱涣散': 'WEAK',
          '入党申请人': 'APPLICANT', '申请人': 'APPLICANT', '入党积极分子': 'ACTIVIST', '积极分子': 'ACTIVIST',
          '发展对象': 'CANDIDATE'}
YES = {'true', '是', '1', 'yes', 'y'}
NO = {'false', '否', '0', 'no', 'n'}


def rows(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return []
    with open(path, newline='', encoding='utf-8-sig') as f:
        out = []
        for r in csv.DictReader(f):
            out.append({HEADERS.get(k, k): VALUES.get(v.strip(), v.strip()) for k, v in r.items()})
        return out


def merged(name, key):
    by_id = {r[key]: r for r in rows(BASE, name)}
    for r in rows(UPDATE, name):
        by_id[r[key]] = r  # a later bundle replaces the whole row
    return list(by_id.values())



def flag(v):
    if not v:
        return None
    return True if v.lower() in YES else False if v.lower() in NO else None


def day(v):
    return date.fromisoformat(v) if v else None


areas = rows(BASE, 'areas.csv')
parent = {a['code']: a['parent_code'] for a in areas}
buildings = {b['id']: b for b in rows(BASE, 'buildings.csv')}
orgs = merged('organizations.csv', 'id')
pos = merged('party_orgs.csv', 'id')
people = merged('members.csv', 'id')
units = rows(BASE, 'party_org_units.csv')
guided = {a['organization_id'] for a in rows(BASE, 'officer_assignments.csv')}
covered = {u['organization_id'] for u in units}
covers = defaultdict(set)
for u in units:
    covers[u['party_org_id']].add(u['organization_id'])
org_by_id = {o['id']: o for o in orgs}
MEMBER = {'FULL', 'PROBATIONARY'}


def under(code, area):
    while code:
        if code == area:
            return True
        code = parent.get(code)
    return False


def park_of(o):
    return o['park_id'] or (buildings[o['building_id']]['park_id'] if o['building_id'] else '')


def org_in(o, scope):
    if scope == 'all':
        return True
    kind, ident = scope.split(':')
    return under(o['area_code'], ident) if kind == 'area' else park_of(o) == ident


def po_in(p, scope):
    if scope == 'all':
        return True
    if any(org_in(org_by_id[o], scope) for o in covers[p['id']]):
        return True
    kind, ident = scope.split(':')
    return under(p['area_code'], ident) if kind == 'area' else p['park_id'] == ident


count = defaultdict(Counter)  # employer -> stage -> n
for m in people:
    if m['employer_id']:
        count[m['employer_id']][m['status']] += 1

SCOPES = ['all', 'area:310121001000', 'area:310121003000', 'park:P11-1']
gaps = {}
for scope in SCOPES:
    g = defaultdict(dict)
    for o in orgs:
        if o['status'] != 'ACTIVE' or not org_in(o, scope):
            continue
        c = count[o['id']]
        if o['id'] in covered:
            continue
        if flag(o.get('owner_is_member', '')):
            g['OWNER_MEMBER_UNBUILT'][o['id']] = None
        planned = day(o.get('planned_on', ''))
        if planned and planned < ASOF:
            g['PLAN_OVERDUE'][o['id']] = (ASOF - planned).days
        coming = c['FULL'] + c['PROBATIONARY'] + c['CANDIDATE']
        if c['FULL'] < 3 and coming >= 3:
            g['SOON_SHOULD_BUILD'][o['id']] = coming
    for p in pos:
        if not po_in(p, scope):
            continue
        term = day(p.get('term_ends_on', ''))
        if term and term <= ASOF + timedelta(days=90):
            g['TERM_DUE'][p['id']] = (term - ASOF).days
        if flag(p.get('has_secretary', '')) is False:
            g['NO_SECRETARY'][p['id']] = None
        stars = int(p['stars']) if p['stars'] else None
        if p.get('rating') == 'WEAK' or (stars is not None and stars <= 1):
            g['WEAK_BRANCH'][p['id']] = stars if stars is not None and stars <= 1 else None
        overdue = sum(1 for m in people if m['party_org_id'] == p['id'] and m['status'] == 'PROBATIONARY'
                      and m.get('probation_ends_on') and day(m['probation_ends_on']) < ASOF - timedelta(days=30))
        if overdue:
            g['PROBATION_OVERDUE'][p['id']] = overdue
    for kind in ['OWNER_MEMBER_UNBUILT', 'PLAN_OVERDUE', 'TERM_DUE', 'NO_SECRETARY', 'WEAK_BRANCH',
                 'PROBATION_OVERDUE', 'SOON_SHOULD_BUILD']:
        g.setdefault(kind, {})
    gaps[scope] = {k: dict(sorted(v.items())) for k, v in sorted(g.items())}


def band(by):
    if not by:
        return 'UNKNOWN'
    age = ASOF.year - int(by)
    return 'UP_TO_35' if age <= 35 else 'FROM_36_TO_50' if age <= 50 else 'FROM_51_TO_60' if age <= 60 else 'OVER_60'


def profile(persons):
    stages = Counter(m['status'] for m in persons)
    members = [m for m in persons if m['status'] in MEMBER]
    mob = Counter('UNKNOWN' if flag(m['mobile']) is None else 'MOBILE' if flag(m['mobile']) else 'NOT_MOBILE'
                  for m in members)
    return {
        'members': len(members),
        'prospects': len(persons) - len(members),
        'byStage': {s: stages[s] for s in ['FULL', 'PROBATIONARY', 'CANDIDATE', 'ACTIVIST', 'APPLICANT']},
        'byAgeBand': {b: Counter(band(m['birth_year']) for m in members)[b]
                      for b in ['UP_TO_35', 'FROM_36_TO_50', 'FROM_51_TO_60', 'OVER_60', 'UNKNOWN']},
        'byEducation': {e: Counter(m['education'] or 'UNKNOWN' for m in members)[e]
                        for e in ['BELOW_COLLEGE', 'COLLEGE', 'BACHELOR', 'POSTGRADUATE', 'UNKNOWN']},
        'byMobility': {k: mob[k] for k in ['MOBILE', 'NOT_MOBILE', 'UNKNOWN']},
    }


profiles = {}
for scope in SCOPES:
    active = {o['id'] for o in orgs if o['status'] == 'ACTIVE' and org_in(o, scope)}
    profiles[scope] = profile([m for m in people if m['employer_id'] in active])
# organizations and party organizations with prospects, and the busiest ones
employers = sorted({m['employer_id'] for m in people if m['status'] not in MEMBER and m['employer_id']})[:4]
for oid in employers + ['91310011000000X5']:
    profiles['organization:' + oid] = profile([m for m in people if m['employer_id'] == oid])
cultivating = sorted({m['party_org_id'] for m in people if m['status'] not in MEMBER and m['party_org_id']})[:4]
for pid in cultivating + ['D11-0009']:
    # members whose relation is held there, and the prospects it cultivates
    profiles['partyOrganization:' + pid] = profile([m for m in people if m['party_org_id'] == pid])

coverage = {}
for scope in ['all', 'area:310121003000']:
    rows_by = {'byNoPartyOrgReason': defaultdict(Counter), 'byOwnership': defaultdict(Counter)}
    for o in orgs:
        if o['status'] != 'ACTIVE' or not org_in(o, scope):
            continue
        for field, key in [('byNoPartyOrgReason', o.get('no_party_org_reason') or 'unknown'),
                           ('byOwnership', o.get('ownership') or 'unknown')]:
            r = rows_by[field][key]
            r['total'] += 1
            r['organizationCovered'] += o['id'] in covered
            r['workCovered'] += o['id'] in covered or o['id'] in guided
    in_scope = [p for p in pos if po_in(p, scope)]
    formations = Counter(p['formation'] for p in in_scope)
    coverage[scope] = {f: {k: dict(v) for k, v in sorted(r.items())} for f, r in rows_by.items()}
    coverage[scope]['formationShares'] = {f: {'count': formations[f], 'share': formations[f] / len(in_scope)}
                                          for f in ['STANDALONE', 'JOINT', 'AFFILIATED', 'AREA']}

filters = {
    'stars=1': sorted(p['id'] for p in pos if p['stars'] == '1'),
    'rating=WEAK': sorted(p['id'] for p in pos if p.get('rating') == 'WEAK'),
    'termDueBefore=2027-01-01': sorted(p['id'] for p in pos
                                       if p.get('term_ends_on') and day(p['term_ends_on']) < date(2027, 1, 1)),
}

print(json.dumps({'asof': ASOF.isoformat(), 'gaps': gaps, 'memberProfile': profiles, 'coverage': coverage,
                  'partyOrganizations': filters}, ensure_ascii=False, indent=1))
