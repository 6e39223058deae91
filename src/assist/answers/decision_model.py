"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 2.1981949570934556,
 "coef": {
  "cosine": 1.5374955265620607,
  "coverage": 1.9250522955216962,
  "lexical": -0.6386708841551697,
  "known": -0.037777236907147654,
  "kind": -0.48479537217083435,
  "kind_list": 1.2215411366990392,
  "score": 0.7861597150495019,
  "english": -0.13449633485423848,
  "words": 0.8136391560601225,
  "score_en": 0.731680102835772
 },
 "mean": {
  "cosine": 0.46383839916056535,
  "coverage": 0.4766655422493055,
  "lexical": 0.1974428287816151,
  "known": 0.6813929508811397,
  "kind": 0.1062992125984252,
  "kind_list": 0.047244094488188976,
  "score": 0.48610983346309244,
  "english": 0.29133858267716534,
  "words": 1.7882267608365308,
  "score_en": 0.10994294378245986
 },
 "scale": {
  "cosine": 0.08503392219604557,
  "coverage": 0.3690760034957427,
  "lexical": 0.10901129303334281,
  "known": 0.3368641121442303,
  "kind": 0.3082201972606278,
  "kind_list": 0.21216052890248005,
  "score": 0.22530350947184183,
  "english": 0.4543791510631028,
  "words": 0.3764755568858134,
  "score_en": 0.2053501459088271
 },
 "threshold": 0.5,
 "closest": 0.1,
 "ratio": 0.4,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.15,
  "lexical": 0.3,
  "name": 0.25,
  "kind": 0.15,
  "document_penalty": 0.2,
  "cos_floor": 0.2,
  "cos_ceiling": 0.6
 },
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 237,
  "in_scope": 193,
  "declinable": 44,
  "profile_needs": {
   "file": "tests/eval/profiles_v2.jsonl",
   "split": "dev",
   "covered": 18,
   "uncovered": 5
  },
  "date": "2026-11-30 14:47 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8259,
  "decision_cross_validated_dev": {
   "auc": 0.9315,
   "answered": 0.8151658767772512,
   "declined": 0.9183673469387755,
   "closest_offered": {
    "in_scope": 0.17535545023696683,
    "declinable": 0.46938775510204084,
    "all": 0.23076923076923078
   },
   "relevant_among_closest": 0.6285714285714286,
   "folds": 5,
   "threshold": 0.5,
   "closest": 0.1,
   "questions": 260,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.943,
     0.612
    ],
    "0.3": [
     0.91,
     0.735
    ],
    "0.4": [
     0.848,
     0.796
    ],
    "0.5": [
     0.815,
     0.918
    ],
    "0.6": [
     0.787,
     0.959
    ],
    "0.7": [
     0.73,
     0.959
    ],
    "0.8": [
     0.673,
     0.959
    ]
   }
  }
 }
}
