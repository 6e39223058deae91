"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 2.3955682474048476,
 "coef": {
  "cosine": 1.3244758574646986,
  "coverage": 2.134780519248684,
  "known": -0.45464544739568913,
  "unknown": 0.06844678755422903,
  "named": 0.05749208244071613,
  "kind": -0.2822944243190913,
  "kind_list": 1.199192232003271,
  "margin": -0.24909051284875106,
  "score": 1.122680745554191,
  "english": -0.04740017729107467,
  "words": 0.8751276641113112,
  "domain": -0.10012030727245563,
  "peak": -0.23243558024460095,
  "cosine_en": -0.1407026300620326,
  "score_en": 0.6240203019327801,
  "domain_en": -0.1636494051157998
 },
 "mean": {
  "cosine": 0.4623345094969717,
  "coverage": 0.48228487934298886,
  "known": 0.6741323648103308,
  "unknown": 0.3915077813186669,
  "named": 0.1652542372881356,
  "kind": 0.1016949152542373,
  "kind_list": 0.05508474576271186,
  "margin": 0.11538388246558688,
  "score": 0.44609311146071007,
  "english": 0.3050847457627119,
  "words": 1.7392857012923157,
  "domain": 0.8676327403824208,
  "peak": 0.10068250469961629,
  "cosine_en": 0.12718700200824415,
  "score_en": 0.10461720336496988,
  "domain_en": 0.25644322825690447
 },
 "scale": {
  "cosine": 0.08781534238656069,
  "coverage": 0.37441915925516894,
  "known": 0.3417102775705156,
  "unknown": 0.37696208789435753,
  "named": 0.3714098468625358,
  "kind": 0.30224668644283076,
  "kind_list": 0.22814560383003027,
  "margin": 0.13017255605946948,
  "score": 0.190829136290178,
  "english": 0.4604433121086822,
  "words": 0.36455575823846237,
  "domain": 0.030157397729336784,
  "peak": 0.06909854713971976,
  "cosine_en": 0.1967685568081877,
  "score_en": 0.18249417896718817,
  "domain_en": 0.38734448773465374
 },
 "threshold": 0.5,
 "ratio": 0.5,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.05,
  "lexical": 0.5,
  "name": 0.1,
  "kind": 0.15,
  "document_penalty": 0.1,
  "cos_floor": 0.2,
  "cos_ceiling": 0.6
 },
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 237,
  "in_scope": 193,
  "declinable": 44,
  "date": "2026-11-30 11:55 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8168,
  "decision_cross_validated_dev": {
   "answered": 0.8186528497409327,
   "declined": 0.8181818181818182,
   "folds": 5,
   "threshold": 0.5,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.953,
     0.614
    ],
    "0.3": [
     0.896,
     0.659
    ],
    "0.4": [
     0.85,
     0.773
    ],
    "0.5": [
     0.819,
     0.818
    ],
    "0.6": [
     0.793,
     0.909
    ],
    "0.7": [
     0.746,
     0.932
    ],
    "0.8": [
     0.699,
     0.932
    ]
   }
  }
 }
}
