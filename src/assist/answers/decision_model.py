"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 2.5509205144963425,
 "coef": {
  "cosine": 0.22105704031243215,
  "coverage": 1.2537614187332573,
  "lexical": -0.36043111654344395,
  "known": -0.12198307627683694,
  "kind": -0.09183396503476349,
  "kind_list": 1.281429121838019,
  "score": -0.6113078061810449,
  "english": -0.9648185779085771,
  "words": 1.0002341580637697,
  "score_en": 1.5181803810664278,
  "support": 1.432486832098175,
  "lift": 1.81501498876663
 },
 "mean": {
  "cosine": 0.4609880664786279,
  "coverage": 0.4573318503822168,
  "lexical": 0.19369896127724925,
  "known": 0.6858042118911681,
  "kind": 0.10386473429951691,
  "kind_list": 0.043478260869565216,
  "score": 0.4489077637447559,
  "english": 0.28502415458937197,
  "words": 1.8340862251811938,
  "score_en": 0.11299440810267139,
  "support": 0.8327592104194924,
  "lift": 0.09449311122619378
 },
 "scale": {
  "cosine": 0.0830525676002772,
  "coverage": 0.35755519532294266,
  "lexical": 0.10284319120663589,
  "known": 0.3211766223118875,
  "kind": 0.30508499023781505,
  "kind_list": 0.20393111999232283,
  "score": 0.19207161685320315,
  "english": 0.4514259472936698,
  "words": 0.41753711633657886,
  "score_en": 0.20403086142284627,
  "support": 0.055907494003410205,
  "lift": 0.0459523600483674
 },
 "threshold": 0.4,
 "closest": 0.1,
 "ratio": 0.5,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.15,
  "lexical": 0.15,
  "name": 0.25,
  "kind": 0.15,
  "document_penalty": 0.1,
  "cos_floor": 0.1,
  "cos_ceiling": 0.7
 },
 "need": {
  "model": {
   "intercept": 1.7616712226394768,
   "coef": {
    "cosine": -0.05961507450287113,
    "coverage": 0.3900569207597027,
    "lexical": 0.8485206527771098,
    "known": 0.4883680972387707,
    "score": 0.07427922777046794,
    "english": 0.4489328729571851,
    "support": 0.7317322137093781,
    "lift": 1.260962499909612,
    "word_lift": 0.5284846181101731
   },
   "mean": {
    "cosine": 0.45869021947319444,
    "coverage": 0.3742207662772446,
    "lexical": 0.23242567152520188,
    "known": 0.6946194533164516,
    "score": 0.398030290015821,
    "english": 0.16216216216216217,
    "support": 0.8237942251386904,
    "lift": 0.07832054809153366,
    "word_lift": 0.0692758634283736
   },
   "scale": {
    "cosine": 0.06990853426589366,
    "coverage": 0.2862168681234657,
    "lexical": 0.10507663881914957,
    "known": 0.26622388292342813,
    "score": 0.1320478638385533,
    "english": 0.3685995053239421,
    "support": 0.04888232412075521,
    "lift": 0.03671082036415379,
    "word_lift": 0.02921581079204647
   }
  },
  "l2": 3.0,
  "threshold": 0.4,
  "closest": 0.1,
  "cross_validated_dev": {
   "threshold": 0.4,
   "items": 185,
   "covered": 135,
   "uncovered": 50,
   "auc": 0.9237,
   "answered": 0.8814814814814815,
   "declined": 0.86,
   "profiles": {
    "covered": 56,
    "uncovered": 25,
    "answered": 0.9642857142857143,
    "declined": 0.88,
    "covered_answered_count": 54,
    "uncovered_declined_count": 22,
    "auc": 0.9657,
    "ndcg@5": 0.9029936707369549,
    "recall@5": 0.9375
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.911,
     0.66
    ],
    "0.35": [
     0.904,
     0.76
    ],
    "0.4": [
     0.881,
     0.86
    ],
    "0.45": [
     0.837,
     0.94
    ],
    "0.5": [
     0.822,
     0.94
    ],
    "0.55": [
     0.793,
     0.94
    ],
    "0.6": [
     0.756,
     0.94
    ],
    "0.65": [
     0.711,
     0.96
    ],
    "0.7": [
     0.696,
     0.96
    ],
    "0.75": [
     0.659,
     0.98
    ],
    "0.8": [
     0.607,
     1.0
    ],
    "0.85": [
     0.57,
     1.0
    ],
    "0.9": [
     0.511,
     1.0
    ]
   }
  },
  "question_model_cross_validated_dev": {
   "threshold": 0.6,
   "items": 185,
   "covered": 135,
   "uncovered": 50,
   "auc": 0.9107,
   "answered": 0.8444444444444444,
   "declined": 0.82,
   "profiles": {
    "covered": 56,
    "uncovered": 25,
    "answered": 0.875,
    "declined": 0.76,
    "covered_answered_count": 49,
    "uncovered_declined_count": 19,
    "auc": 0.92,
    "ndcg@5": 0.8235366782886674,
    "recall@5": 0.8482142857142857
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.963,
     0.4
    ],
    "0.35": [
     0.948,
     0.52
    ],
    "0.4": [
     0.933,
     0.6
    ],
    "0.45": [
     0.919,
     0.62
    ],
    "0.5": [
     0.881,
     0.72
    ],
    "0.55": [
     0.859,
     0.78
    ],
    "0.6": [
     0.844,
     0.82
    ],
    "0.65": [
     0.822,
     0.82
    ],
    "0.7": [
     0.778,
     0.86
    ],
    "0.75": [
     0.741,
     0.92
    ],
    "0.8": [
     0.674,
     0.98
    ],
    "0.85": [
     0.637,
     0.98
    ],
    "0.9": [
     0.533,
     0.98
    ]
   }
  }
 },
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 399,
  "of_which": {
   "tests/eval/questions.jsonl": 237,
   "tests/eval/questions_blind.jsonl": 162
  },
  "in_scope": 329,
  "declinable": 70,
  "profile_needs": {
   "file": "tests/eval/profiles_v2.jsonl",
   "split": "dev",
   "covered": 18,
   "uncovered": 5
  },
  "date": "2026-11-30 22:04 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8099,
  "decision_cross_validated_dev": {
   "auc": 0.9437,
   "answered": 0.8760806916426513,
   "declined": 0.8533333333333334,
   "closest_offered": {
    "in_scope": 0.10951008645533142,
    "declinable": 0.26666666666666666,
    "all": 0.13744075829383887
   },
   "relevant_among_closest": 0.5135135135135135,
   "folds": 5,
   "threshold": 0.4,
   "closest": 0.1,
   "questions": 422,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.942,
     0.667
    ],
    "0.3": [
     0.908,
     0.747
    ],
    "0.4": [
     0.876,
     0.853
    ],
    "0.5": [
     0.827,
     0.88
    ],
    "0.6": [
     0.801,
     0.947
    ],
    "0.7": [
     0.746,
     0.947
    ],
    "0.8": [
     0.674,
     0.987
    ]
   }
  },
  "need_point": {
   "profiles": [
    "tests/eval/profiles_v2.jsonl",
    "tests/eval/profiles_dev.jsonl",
    "tests/eval/profiles_blind.jsonl"
   ],
   "kinds": [
    "adjacent",
    "need",
    "profile"
   ],
   "features": [
    "cosine",
    "coverage",
    "lexical",
    "known",
    "score",
    "english",
    "support",
    "lift",
    "word_lift"
   ],
   "more_profiles_held_out": 58
  }
 }
}
