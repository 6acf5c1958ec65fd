#!/usr/bin/env python3
# Lists missed planted conflicts of a batch run by cause: not extracted,
# split into another event group of the same gold event, grouped elsewhere,
# same group but wrong verdict, the deviant alone in the group the eval read
# (majority not extracted or grouped elsewhere), clustered into another story.
#   scripts/conflict-misses.py DIR [v]
# DIR holds gen/ (xref generate), out/ (xref batch), eval.txt (xref eval
# --batch --explain) and eval.json (xref eval --batch --json).
import json, re, sys, collections, os
d = sys.argv[1]
verbose = len(sys.argv) > 2
gold = json.load(open(f'{d}/gen/gold.json'))
ev = json.load(open(f'{d}/eval.json'))
g2e = ev['group_to_event']
txt = open(f'{d}/eval.txt').read()
errs = {}
for m in re.finditer(r'^  (\S+)/(\w+): gold (\w+), engine (\w+)(?: \((\S+)/(g\d+)/\w+\))?', txt, re.M):
    errs[(m[1], m[2])] = (m[3], m[4], m[5], m[6])
reports = {}
def report(sid):
    if sid not in reports:
        reports[sid] = json.load(open(f'{d}/out/stories/{sid}/report.json'))
    return reports[sid]
doc_story = {}
for sid in os.listdir(f'{d}/out/stories'):
    p = f'{d}/out/stories/{sid}/report.json'
    if not os.path.exists(p): continue
    for doc in json.load(open(p))['documents']:
        doc_story[doc['id']] = sid
def norm(role, claim):
    v = claim['value']
    if role == 'time': return v.get('date', {}).get('iso', v.get('normalized'))
    if role == 'place': return v.get('place_key') or v.get('normalized')
    if role == 'count': return v.get('normalized') or v.get('raw')
    return v.get('normalized')
def gnorm(role, val):
    return val
causes = collections.Counter()
by_role = collections.Counter()
examples = collections.defaultdict(list)
total = 0
for e in gold['events']:
    for s in e['slots']:
        if s['verdict'] != 'conflict': continue
        total += 1
        key = (e['id'], s['role'])
        if key not in errs: causes['ok'] += 1; continue
        gv, pv, sid, gid = errs[key]
        role = s['role']
        by_role[role] += 1
        cnt = collections.Counter(v['value'] for v in s['values'])
        # deviant: least common value
        dev = min(cnt, key=lambda k: (cnt[k], k))
        major = max(cnt, key=lambda k: (cnt[k], k))
        devdocs = [v for v in s['values'] if v['value'] == dev]
        why = []
        for v in devdocs:
            sid2 = doc_story.get(v['doc'])
            if sid2 is None: why.append('doc-not-in-output'); continue
            r = report(sid2)
            claims = []
            for cs in r['claim_sets']:
                if cs['document']['id'] != v['doc']: continue
                for c in cs['claims']:
                    if c.get('role') == role: claims.append(c)
            # event groups for claims
            mention_group = {}
            for g in r['events']:
                for m in g['mentions']:
                    mention_group[(m['doc_id'], m['event_id'])] = g['id']
            found = None
            for c in claims:
                if v['evidence'] and c['evidence'].get('quote','') and (c['evidence']['quote'] in v['evidence'] or v['evidence'] in c['evidence']['quote']):
                    found = c; break
            if not claims:
                why.append('not-extracted(no %s claim in doc)' % role)
            elif found is None:
                why.append('not-extracted(claims elsewhere: %s)' % [c['value']['raw'] for c in claims])
            else:
                grp = mention_group.get((v['doc'], found.get('event_id')))
                mapped = g2e.get(f'{sid2}/{grp}')
                if sid2 != sid: why.append(f'other-story-cluster(val={found["value"]["raw"]})')
                elif mapped != e['id']: why.append(f'grouped-elsewhere({grp}->{mapped}, val={found["value"]["raw"]})')
                elif grp != gid:
                    evs={}
                    for cs in r['claim_sets']:
                        for x in cs['events']: evs[(cs['document']['id'],x['id'])]=x
                    D=evs[(v['doc'],found['event_id'])]
                    main=[g for g in r['events'] if g['id']==gid][0]
                    mplaces=set(); mparts=set(); mtimes=set()
                    for m in main['mentions']:
                        x=evs[(m['doc_id'],m['event_id'])]
                        if x.get('place_key'): mplaces.add(x['place_key'])
                        for p in x.get('participants',[]): mparts.add(p.get('entity_id'))
                        if x.get('time',{}).get('iso'): mtimes.add(x['time']['iso'])
                    dp=D.get('place_key'); dparts=[p.get('entity_id') for p in D.get('participants',[])]; dt=D.get('time',{}).get('iso')
                    flags=[]
                    if dp and any(p!=dp for p in mplaces): flags.append('place:%s vs %s'%(dp,sorted(mplaces)))
                    if not dparts: flags.append('noparts')
                    if not dt: flags.append('notime')
                    if main['type']!=D['type']: flags.append('type:%s vs %s'%(D['type'],main['type']))
                    why.append(f'split-group({grp} vs {gid}, val={found["value"]["raw"]}, {flags})')
                elif pv == 'single_source':
                    # The group the eval read holds the deviant value alone:
                    # the majority's claims were not extracted or sit in
                    # another group; not a verdict problem.
                    why.append(f'deviant-alone(val={found["value"]["raw"]}, majority missing from {gid})')
                else: why.append(f'same-group-verdict(val={found["value"]["raw"]} norm={norm(role,found)} gold={dev})')
        cause = why[0].split('(')[0] if why else 'no-deviant'
        causes[cause] += 1
        examples[cause].append((e['id'], role, dev, major, pv, why, [v['evidence'] for v in devdocs]))
print('conflicts', total, dict(causes))
print('missed by role', dict(by_role))
for cause, ex in examples.items():
    print('==', cause, len(ex))
    for x in ex[: (100 if verbose else 6)]:
        print('  ', x[0], x[1], 'dev', x[2], 'major', x[3], 'pred', x[4])
        print('     ', x[5])
        for q in x[6]: print('      >', q)
