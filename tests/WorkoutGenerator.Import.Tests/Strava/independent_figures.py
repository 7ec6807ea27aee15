# Independent figures for the integration tests: Python's csv module, own date parsing, same documented rules
# (run types; metre distance else km display; moving else elapsed; skip < 100 m, pace < 120 or > 1200 s/km).
import csv, datetime, re
MON={'jan':1,'feb':2,'mar':3,'apr':4,'may':5,'jun':6,'jul':7,'aug':8,'sep':9,'oct':10,'nov':11,'dec':12,
     'mrt':3,'mei':5,'okt':10,'ene':1,'abr':4,'ago':8,'dic':12}
def date(s):
    s=s.replace('\u202f',' ').replace('\u00a0',' ').lower()
    if re.match(r'\d{4}-',s): return datetime.datetime.strptime(s,'%Y-%m-%d %H:%M:%S')
    m=re.match(r'([a-z]+)\.? (\d+), (\d{4}), (\d+):(\d+):(\d+) ?([ap])?\.?m?\.?$',s) or None
    if m: mo,d,y,h,mi,se,ap=m.groups()
    else:
        d,mo,y,h,mi,se,ap=re.match(r'(\d+) ([a-z]+)\.?,? (\d{4}),? (\d+):(\d+):(\d+) ?([ap])?\.?m?\.?$',s).groups()
    h=int(h)
    if ap: h=h%12+(12 if ap=='p' else 0)
    return datetime.datetime(int(y),MON[mo[:3]],int(d),h,int(mi),int(se))
RUN={'Run','Hardloopsessie','Carrera'}
for d in ["hu-slalom007","nz-harcombe","us-michaeldik","be-verspreet","co-duque","eg-aldahshoury"]:
    r=csv.reader(open(f"/work/shared/data/strava/{d}/activities.csv",newline='',encoding='utf-8-sig')); h=next(r)
    legacy=h[0]=='id'
    h=[re.sub('<[^>]*>','',x) for x in h]
    ix=lambda names,occ=0:[i for i,x in enumerate(h) if x in names][occ]
    if legacy: T,M1,K,MT,E2,E1=3,6,None,5,5,5
    else:
        T=3; K=ix(("Distance","Afstand","Distancia")); M1=ix(("Distance","Afstand","Distancia"),1)
        MT=ix(("Moving Time","Beweegtijd","Tiempo en movimiento")); E1=ix(("Elapsed Time","Verstreken tijd","Tiempo transcurrido")); E2=ix(("Elapsed Time","Verstreken tijd","Tiempo transcurrido"),1)
    runs=[];skipped=0;rows=0
    for x in r:
        rows+=1
        if x[T] not in RUN: continue
        m=float(x[M1]) if x[M1] else (float(x[K].replace(',','.'))*1000 if K is not None and x[K] else 0)
        try: t=float(x[MT] or x[E2] or x[E1] or 0)
        except ValueError: skipped+=1; continue
        if K is not None and x[M1] and x[K] and abs(float(x[M1])-float(x[K].replace(',','.'))*1000)>11+0.05*float(x[M1]): skipped+=1; continue
        if m<100 or t<=0 or not (120<=t/m*1000<=1200): skipped+=1; continue
        runs.append((date(x[1]),m))
    print(d,"rows",rows,"runs",len(runs),"skipped",skipped,"first",min(runs)[0],"last",max(runs)[0],"km %.3f"%(sum(m for _,m in runs)/1000))
