"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 1.609848283962886,
 "coef": {
  "cosine": -0.31484171879962625,
  "coverage": 0.9825460470536267,
  "lexical": -0.10055882752713609,
  "known": 0.20715101190919108,
  "kind": -0.03360490855022475,
  "kind_list": 0.03862814820400569,
  "score": 0.07149043595426186,
  "english": -0.345694306747516,
  "words": 1.0267331058495957,
  "score_en": 0.6075458188102723,
  "support": 0.6933425933746823,
  "lift": 1.5485170452015602,
  "agree": -0.19204573419975862,
  "known_en": 0.9273673074852735,
  "usual": 0.186883519121934
 },
 "mean": {
  "cosine": 0.4496194693200085,
  "coverage": 0.38088609279544416,
  "lexical": 0.19368847695717437,
  "known": 0.6715873279761145,
  "kind": 0.11926605504587157,
  "kind_list": 0.05045871559633028,
  "score": 0.5327130511623893,
  "english": 0.26880733944954127,
  "words": 1.9744682428313813,
  "score_en": 0.1364473534478171,
  "support": 0.8183845657778317,
  "lift": 0.08358758118771899,
  "agree": 0.47339449541284406,
  "known_en": 0.11081974675201878,
  "usual": 0.7440312550937679
 },
 "scale": {
  "cosine": 0.07959637259103157,
  "coverage": 0.3411917897785847,
  "lexical": 0.09137316588498184,
  "known": 0.30293829702933617,
  "kind": 0.32410131619551524,
  "kind_list": 0.21888954661357965,
  "score": 0.30053028353619765,
  "english": 0.443339546744479,
  "words": 0.47944040799864235,
  "score_en": 0.27656646593551587,
  "support": 0.05478439269630554,
  "lift": 0.04336531139808919,
  "agree": 0.4992916453593618,
  "known_en": 0.2399055628143415,
  "usual": 0.02424111708581014
 },
 "rate": 0.05,
 "threshold": 0.45,
 "closest": 0.1,
 "ratio": 0.4,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.15,
  "lexical": 0.3,
  "name": 0.5,
  "kind": 0.15,
  "document_penalty": 0.1,
  "cos_floor": 0.2,
  "cos_ceiling": 0.6,
  "late": 8.0,
  "hub": 0.5
 },
 "need": {
  "model": {
   "intercept": 0.6418112408384328,
   "coef": {
    "cosine": 0.22023439231871947,
    "coverage": 0.14886937390533658,
    "lexical": 1.182223706176158,
    "known": 0.7456666802123968,
    "score": -0.3714405854194715,
    "english": 0.8878737796322986,
    "support": 0.3093926165291081,
    "lift": 1.0368376938759876,
    "word_lift": -0.240094554844178
   },
   "mean": {
    "cosine": 0.4358836733239517,
    "coverage": 0.254174662388443,
    "lexical": 0.21771304223679952,
    "known": 0.638974913680169,
    "score": 0.41083194680424556,
    "english": 0.16700201207243462,
    "support": 0.799713418145047,
    "lift": 0.06179543708557056,
    "word_lift": 0.055197519855480076
   },
   "scale": {
    "cosine": 0.06359305110240604,
    "coverage": 0.23180596387745417,
    "lexical": 0.0929059108762085,
    "known": 0.2620883543761845,
    "score": 0.16206875893736103,
    "english": 0.37297766694024975,
    "support": 0.04377474231190488,
    "lift": 0.03037921319513008,
    "word_lift": 0.02426394483477466
   }
  },
  "l2": 3.0,
  "score": "geometric mean of the whole need's and its best clause's probability (answers.fit.need_probability)",
  "threshold": 0.45,
  "thresholds": {
   "fr": 0.5,
   "en": 0.3
  },
  "closest": 0.1,
  "cross_validated_dev": {
   "threshold": [
    0.3,
    0.5
   ],
   "items": 497,
   "covered": 322,
   "uncovered": 175,
   "auc": 0.862,
   "answered": 0.7857142857142857,
   "declined": 0.7714285714285715,
   "profiles": {
    "covered": 135,
    "uncovered": 63,
    "answered": 0.8444444444444444,
    "declined": 0.8095238095238095,
    "covered_answered_count": 114,
    "uncovered_declined_count": 51,
    "covered_closest_count": 20,
    "uncovered_closest_count": 46,
    "auc": 0.8937,
    "ndcg@5": 0.7717560727082156,
    "recall@5": 0.8049382716049384,
    "ndcg@5 closest counted": 0.8545053939787172,
    "recall@5 closest counted": 0.9012345679012346
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.891,
     0.543
    ],
    "0.35": [
     0.857,
     0.629
    ],
    "0.4": [
     0.807,
     0.709
    ],
    "0.45": [
     0.78,
     0.789
    ],
    "0.5": [
     0.745,
     0.84
    ],
    "0.55": [
     0.72,
     0.869
    ],
    "0.6": [
     0.671,
     0.926
    ],
    "0.65": [
     0.618,
     0.937
    ],
    "0.7": [
     0.537,
     0.954
    ],
    "0.75": [
     0.488,
     0.977
    ],
    "0.8": [
     0.441,
     0.983
    ],
    "0.85": [
     0.376,
     0.983
    ],
    "0.9": [
     0.311,
     0.989
    ]
   }
  },
  "grouped_cross_validated_dev": {
   "all": {
    "threshold": [
     0.3,
     0.35,
     0.45,
     0.5,
     0.55
    ],
    "items": 497,
    "covered": 322,
    "uncovered": 175,
    "auc": 0.8598,
    "answered": 0.7732919254658385,
    "declined": 0.7542857142857143,
    "profiles": {
     "covered": 135,
     "uncovered": 63,
     "answered": 0.8296296296296296,
     "declined": 0.8253968253968254,
     "covered_answered_count": 112,
     "uncovered_declined_count": 52,
     "covered_closest_count": 22,
     "uncovered_closest_count": 47,
     "auc": 0.8934,
     "ndcg@5": 0.7595429241566395,
     "recall@5": 0.7901234567901235,
     "ndcg@5 closest counted": 0.8537623997068993,
     "recall@5 closest counted": 0.8993827160493828
    },
    "curve (threshold: answered, declined)": {
     "0.3": [
      0.879,
      0.549
     ],
     "0.35": [
      0.848,
      0.634
     ],
     "0.4": [
      0.807,
      0.697
     ],
     "0.45": [
      0.758,
      0.766
     ],
     "0.5": [
      0.736,
      0.829
     ],
     "0.55": [
      0.708,
      0.874
     ],
     "0.6": [
      0.665,
      0.92
     ],
     "0.65": [
      0.615,
      0.943
     ],
     "0.7": [
      0.55,
      0.966
     ],
     "0.75": [
      0.475,
      0.977
     ],
     "0.8": [
      0.444,
      0.983
     ],
     "0.85": [
      0.376,
      0.989
     ],
     "0.9": [
      0.298,
      0.989
     ]
    }
   },
   "by file": {
    "adjacent_lists.jsonl": {
     "threshold": [
      0.35,
      0.45
     ],
     "items": 27,
     "covered": 0,
     "uncovered": 27,
     "auc": 0.0,
     "answered": 0.0,
     "declined": 0.7777777777777778,
     "profiles": {
      "covered": 0,
      "uncovered": 0,
      "answered": 0.0,
      "declined": 0.0,
      "covered_answered_count": 0,
      "uncovered_declined_count": 0,
      "covered_closest_count": 0,
      "uncovered_closest_count": 0,
      "auc": 0.0,
      "ndcg@5": 0.0,
      "recall@5": 0.0,
      "ndcg@5 closest counted": 0.0,
      "recall@5 closest counted": 0.0
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.0,
       0.63
      ],
      "0.35": [
       0.0,
       0.741
      ],
      "0.4": [
       0.0,
       0.778
      ],
      "0.45": [
       0.0,
       0.815
      ],
      "0.5": [
       0.0,
       0.852
      ],
      "0.55": [
       0.0,
       0.889
      ],
      "0.6": [
       0.0,
       0.963
      ],
      "0.65": [
       0.0,
       0.963
      ],
      "0.7": [
       0.0,
       0.963
      ],
      "0.75": [
       0.0,
       0.963
      ],
      "0.8": [
       0.0,
       0.963
      ],
      "0.85": [
       0.0,
       0.963
      ],
      "0.9": [
       0.0,
       0.963
      ]
     }
    },
    "profiles_blind.jsonl": {
     "threshold": [
      0.3,
      0.45
     ],
     "items": 42,
     "covered": 30,
     "uncovered": 12,
     "auc": 1.0,
     "answered": 1.0,
     "declined": 0.75,
     "profiles": {
      "covered": 30,
      "uncovered": 12,
      "answered": 1.0,
      "declined": 0.75,
      "covered_answered_count": 30,
      "uncovered_declined_count": 9,
      "covered_closest_count": 0,
      "uncovered_closest_count": 8,
      "auc": 1.0,
      "ndcg@5": 0.940364682274953,
      "recall@5": 0.961111111111111,
      "ndcg@5 closest counted": 0.940364682274953,
      "recall@5 closest counted": 0.961111111111111
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.667
      ],
      "0.35": [
       1.0,
       0.667
      ],
      "0.4": [
       1.0,
       0.75
      ],
      "0.45": [
       1.0,
       0.75
      ],
      "0.5": [
       1.0,
       0.917
      ],
      "0.55": [
       1.0,
       0.917
      ],
      "0.6": [
       0.967,
       1.0
      ],
      "0.65": [
       0.967,
       1.0
      ],
      "0.7": [
       0.833,
       1.0
      ],
      "0.75": [
       0.767,
       1.0
      ],
      "0.8": [
       0.767,
       1.0
      ],
      "0.85": [
       0.633,
       1.0
      ],
      "0.9": [
       0.433,
       1.0
      ]
     }
    },
    "profiles_blind2.jsonl": {
     "threshold": [
      0.35,
      0.5
     ],
     "items": 56,
     "covered": 38,
     "uncovered": 18,
     "auc": 0.8962,
     "answered": 0.8421052631578947,
     "declined": 0.7222222222222222,
     "profiles": {
      "covered": 38,
      "uncovered": 18,
      "answered": 0.8421052631578947,
      "declined": 0.7222222222222222,
      "covered_answered_count": 32,
      "uncovered_declined_count": 13,
      "covered_closest_count": 6,
      "uncovered_closest_count": 13,
      "auc": 0.8962,
      "ndcg@5": 0.7427307421689323,
      "recall@5": 0.7675438596491228,
      "ndcg@5 closest counted": 0.8259253831965606,
      "recall@5 closest counted": 0.8596491228070174
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.895,
       0.444
      ],
      "0.35": [
       0.868,
       0.556
      ],
      "0.4": [
       0.868,
       0.667
      ],
      "0.45": [
       0.842,
       0.778
      ],
      "0.5": [
       0.842,
       0.833
      ],
      "0.55": [
       0.816,
       0.833
      ],
      "0.6": [
       0.789,
       0.944
      ],
      "0.65": [
       0.711,
       1.0
      ],
      "0.7": [
       0.632,
       1.0
      ],
      "0.75": [
       0.5,
       1.0
      ],
      "0.8": [
       0.421,
       1.0
      ],
      "0.85": [
       0.395,
       1.0
      ],
      "0.9": [
       0.263,
       1.0
      ]
     }
    },
    "profiles_blind3.jsonl": {
     "threshold": [
      0.3,
      0.55
     ],
     "items": 61,
     "covered": 41,
     "uncovered": 20,
     "auc": 0.7561,
     "answered": 0.6097560975609756,
     "declined": 0.9,
     "profiles": {
      "covered": 41,
      "uncovered": 20,
      "answered": 0.6097560975609756,
      "declined": 0.9,
      "covered_answered_count": 25,
      "uncovered_declined_count": 18,
      "covered_closest_count": 16,
      "uncovered_closest_count": 17,
      "auc": 0.7561,
      "ndcg@5": 0.5621403380878004,
      "recall@5": 0.5975609756097561,
      "ndcg@5 closest counted": 0.7952679683374392,
      "recall@5 closest counted": 0.8719512195121951
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.805,
       0.55
      ],
      "0.35": [
       0.732,
       0.6
      ],
      "0.4": [
       0.659,
       0.7
      ],
      "0.45": [
       0.561,
       0.8
      ],
      "0.5": [
       0.488,
       0.9
      ],
      "0.55": [
       0.488,
       0.95
      ],
      "0.6": [
       0.415,
       0.95
      ],
      "0.65": [
       0.341,
       0.95
      ],
      "0.7": [
       0.293,
       0.95
      ],
      "0.75": [
       0.244,
       0.95
      ],
      "0.8": [
       0.22,
       0.95
      ],
      "0.85": [
       0.171,
       1.0
      ],
      "0.9": [
       0.098,
       1.0
      ]
     }
    },
    "profiles_dev.jsonl": {
     "threshold": [
      0.35,
      0.5
     ],
     "items": 16,
     "covered": 8,
     "uncovered": 8,
     "auc": 1.0,
     "answered": 1.0,
     "declined": 1.0,
     "profiles": {
      "covered": 8,
      "uncovered": 8,
      "answered": 1.0,
      "declined": 1.0,
      "covered_answered_count": 8,
      "uncovered_declined_count": 8,
      "covered_closest_count": 0,
      "uncovered_closest_count": 6,
      "auc": 1.0,
      "ndcg@5": 0.9180142048745008,
      "recall@5": 1.0,
      "ndcg@5 closest counted": 0.9180142048745008,
      "recall@5 closest counted": 1.0
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.625
      ],
      "0.35": [
       1.0,
       0.625
      ],
      "0.4": [
       1.0,
       0.75
      ],
      "0.45": [
       1.0,
       1.0
      ],
      "0.5": [
       1.0,
       1.0
      ],
      "0.55": [
       1.0,
       1.0
      ],
      "0.6": [
       0.875,
       1.0
      ],
      "0.65": [
       0.625,
       1.0
      ],
      "0.7": [
       0.625,
       1.0
      ],
      "0.75": [
       0.5,
       1.0
      ],
      "0.8": [
       0.5,
       1.0
      ],
      "0.85": [
       0.5,
       1.0
      ],
      "0.9": [
       0.375,
       1.0
      ]
     }
    },
    "profiles_v2.jsonl": {
     "threshold": [
      0.35,
      0.5
     ],
     "items": 23,
     "covered": 18,
     "uncovered": 5,
     "auc": 0.9444,
     "answered": 0.9444444444444444,
     "declined": 0.8,
     "profiles": {
      "covered": 18,
      "uncovered": 5,
      "answered": 0.9444444444444444,
      "declined": 0.8,
      "covered_answered_count": 17,
      "uncovered_declined_count": 4,
      "covered_closest_count": 0,
      "uncovered_closest_count": 3,
      "auc": 0.9444,
      "ndcg@5": 0.8728732549934718,
      "recall@5": 0.898148148148148,
      "ndcg@5 closest counted": 0.8728732549934718,
      "recall@5 closest counted": 0.898148148148148
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.944,
       0.4
      ],
      "0.35": [
       0.944,
       0.8
      ],
      "0.4": [
       0.944,
       0.8
      ],
      "0.45": [
       0.944,
       0.8
      ],
      "0.5": [
       0.944,
       0.8
      ],
      "0.55": [
       0.944,
       0.8
      ],
      "0.6": [
       0.944,
       0.8
      ],
      "0.65": [
       0.944,
       0.8
      ],
      "0.7": [
       0.944,
       1.0
      ],
      "0.75": [
       0.889,
       1.0
      ],
      "0.8": [
       0.889,
       1.0
      ],
      "0.85": [
       0.833,
       1.0
      ],
      "0.9": [
       0.722,
       1.0
      ]
     }
    },
    "questions.jsonl": {
     "threshold": [
      0.35,
      0.5
     ],
     "items": 64,
     "covered": 51,
     "uncovered": 13,
     "auc": 0.9351,
     "answered": 0.9411764705882353,
     "declined": 0.6923076923076923,
     "profiles": {
      "covered": 0,
      "uncovered": 0,
      "answered": 0.0,
      "declined": 0.0,
      "covered_answered_count": 0,
      "uncovered_declined_count": 0,
      "covered_closest_count": 0,
      "uncovered_closest_count": 0,
      "auc": 0.0,
      "ndcg@5": 0.0,
      "recall@5": 0.0,
      "ndcg@5 closest counted": 0.0,
      "recall@5 closest counted": 0.0
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.941,
       0.385
      ],
      "0.35": [
       0.941,
       0.615
      ],
      "0.4": [
       0.941,
       0.846
      ],
      "0.45": [
       0.941,
       0.846
      ],
      "0.5": [
       0.941,
       0.846
      ],
      "0.55": [
       0.922,
       0.846
      ],
      "0.6": [
       0.902,
       0.846
      ],
      "0.65": [
       0.863,
       0.846
      ],
      "0.7": [
       0.824,
       0.923
      ],
      "0.75": [
       0.804,
       0.923
      ],
      "0.8": [
       0.784,
       1.0
      ],
      "0.85": [
       0.706,
       1.0
      ],
      "0.9": [
       0.706,
       1.0
      ]
     }
    },
    "questions_blind.jsonl": {
     "threshold": [
      0.35,
      0.45
     ],
     "items": 40,
     "covered": 28,
     "uncovered": 12,
     "auc": 0.6607,
     "answered": 0.5,
     "declined": 0.4166666666666667,
     "profiles": {
      "covered": 0,
      "uncovered": 0,
      "answered": 0.0,
      "declined": 0.0,
      "covered_answered_count": 0,
      "uncovered_declined_count": 0,
      "covered_closest_count": 0,
      "uncovered_closest_count": 0,
      "auc": 0.0,
      "ndcg@5": 0.0,
      "recall@5": 0.0,
      "ndcg@5 closest counted": 0.0,
      "recall@5 closest counted": 0.0
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.786,
       0.417
      ],
      "0.35": [
       0.714,
       0.417
      ],
      "0.4": [
       0.536,
       0.417
      ],
      "0.45": [
       0.464,
       0.417
      ],
      "0.5": [
       0.393,
       0.75
      ],
      "0.55": [
       0.393,
       0.917
      ],
      "0.6": [
       0.321,
       1.0
      ],
      "0.65": [
       0.321,
       1.0
      ],
      "0.7": [
       0.25,
       1.0
      ],
      "0.75": [
       0.214,
       1.0
      ],
      "0.8": [
       0.179,
       1.0
      ],
      "0.85": [
       0.143,
       1.0
      ],
      "0.9": [
       0.107,
       1.0
      ]
     }
    },
    "questions_blind2.jsonl": {
     "threshold": [
      0.3,
      0.5
     ],
     "items": 45,
     "covered": 30,
     "uncovered": 15,
     "auc": 0.82,
     "answered": 0.7333333333333333,
     "declined": 0.8,
     "profiles": {
      "covered": 0,
      "uncovered": 0,
      "answered": 0.0,
      "declined": 0.0,
      "covered_answered_count": 0,
      "uncovered_declined_count": 0,
      "covered_closest_count": 0,
      "uncovered_closest_count": 0,
      "auc": 0.0,
      "ndcg@5": 0.0,
      "recall@5": 0.0,
      "ndcg@5 closest counted": 0.0,
      "recall@5 closest counted": 0.0
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.867,
       0.733
      ],
      "0.35": [
       0.8,
       0.733
      ],
      "0.4": [
       0.733,
       0.733
      ],
      "0.45": [
       0.733,
       0.733
      ],
      "0.5": [
       0.7,
       0.8
      ],
      "0.55": [
       0.667,
       0.8
      ],
      "0.6": [
       0.667,
       0.8
      ],
      "0.65": [
       0.6,
       0.933
      ],
      "0.7": [
       0.467,
       0.933
      ],
      "0.75": [
       0.3,
       0.933
      ],
      "0.8": [
       0.267,
       0.933
      ],
      "0.85": [
       0.167,
       0.933
      ],
      "0.9": [
       0.167,
       0.933
      ]
     }
    },
    "questions_blind3.jsonl": {
     "threshold": [
      0.3,
      0.45
     ],
     "items": 59,
     "covered": 38,
     "uncovered": 21,
     "auc": 0.8221,
     "answered": 0.7368421052631579,
     "declined": 0.7619047619047619,
     "profiles": {
      "covered": 0,
      "uncovered": 0,
      "answered": 0.0,
      "declined": 0.0,
      "covered_answered_count": 0,
      "uncovered_declined_count": 0,
      "covered_closest_count": 0,
      "uncovered_closest_count": 0,
      "auc": 0.0,
      "ndcg@5": 0.0,
      "recall@5": 0.0,
      "ndcg@5 closest counted": 0.0,
      "recall@5 closest counted": 0.0
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.868,
       0.476
      ],
      "0.35": [
       0.842,
       0.571
      ],
      "0.4": [
       0.789,
       0.619
      ],
      "0.45": [
       0.711,
       0.81
      ],
      "0.5": [
       0.711,
       0.81
      ],
      "0.55": [
       0.658,
       0.81
      ],
      "0.6": [
       0.553,
       0.905
      ],
      "0.65": [
       0.5,
       0.905
      ],
      "0.7": [
       0.421,
       0.952
      ],
      "0.75": [
       0.316,
       1.0
      ],
      "0.8": [
       0.289,
       1.0
      ],
      "0.85": [
       0.184,
       1.0
      ],
      "0.9": [
       0.132,
       1.0
      ]
     }
    },
    "questions_blind4.jsonl": {
     "threshold": [
      0.3,
      0.45
     ],
     "items": 64,
     "covered": 40,
     "uncovered": 24,
     "auc": 0.7823,
     "answered": 0.625,
     "declined": 0.7083333333333334,
     "profiles": {
      "covered": 0,
      "uncovered": 0,
      "answered": 0.0,
      "declined": 0.0,
      "covered_answered_count": 0,
      "uncovered_declined_count": 0,
      "covered_closest_count": 0,
      "uncovered_closest_count": 0,
      "auc": 0.0,
      "ndcg@5": 0.0,
      "recall@5": 0.0,
      "ndcg@5 closest counted": 0.0,
      "recall@5 closest counted": 0.0
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.8,
       0.583
      ],
      "0.35": [
       0.775,
       0.667
      ],
      "0.4": [
       0.75,
       0.667
      ],
      "0.45": [
       0.6,
       0.708
      ],
      "0.5": [
       0.575,
       0.708
      ],
      "0.55": [
       0.475,
       0.875
      ],
      "0.6": [
       0.45,
       0.875
      ],
      "0.65": [
       0.4,
       0.917
      ],
      "0.7": [
       0.375,
       0.958
      ],
      "0.75": [
       0.325,
       1.0
      ],
      "0.8": [
       0.275,
       1.0
      ],
      "0.85": [
       0.225,
       1.0
      ],
      "0.9": [
       0.1,
       1.0
      ]
     }
    }
   }
  },
  "question_model_cross_validated_dev": {
   "threshold": [
    0.75
   ],
   "items": 497,
   "covered": 322,
   "uncovered": 175,
   "auc": 0.8177,
   "answered": 0.717391304347826,
   "declined": 0.7257142857142858,
   "profiles": {
    "covered": 135,
    "uncovered": 63,
    "answered": 0.8962962962962963,
    "declined": 0.30158730158730157,
    "covered_answered_count": 121,
    "uncovered_declined_count": 19,
    "covered_closest_count": 14,
    "uncovered_closest_count": 18,
    "auc": 0.6959,
    "ndcg@5": 0.8103902638137436,
    "recall@5": 0.8567901234567901,
    "ndcg@5 closest counted": 0.86505537580031,
    "recall@5 closest counted": 0.9271604938271604
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.957,
     0.417
    ],
    "0.35": [
     0.947,
     0.497
    ],
    "0.4": [
     0.938,
     0.56
    ],
    "0.45": [
     0.913,
     0.589
    ],
    "0.5": [
     0.898,
     0.617
    ],
    "0.55": [
     0.851,
     0.634
    ],
    "0.6": [
     0.817,
     0.657
    ],
    "0.65": [
     0.786,
     0.669
    ],
    "0.7": [
     0.761,
     0.686
    ],
    "0.75": [
     0.717,
     0.726
    ],
    "0.8": [
     0.652,
     0.766
    ],
    "0.85": [
     0.568,
     0.783
    ],
    "0.9": [
     0.469,
     0.886
    ]
   }
  }
 },
 "ratio_list": 0.3,
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 1091,
  "of_which": {
   "tests/eval/questions.jsonl": 237,
   "tests/eval/questions_blind.jsonl": 162,
   "tests/eval/questions_blind2.jsonl": 181,
   "tests/eval/questions_blind3.jsonl": 229,
   "tests/eval/questions_blind4.jsonl": 255,
   "tests/eval/adjacent_lists.jsonl": 27
  },
  "in_scope": 881,
  "declinable": 210,
  "profile_needs": {
   "file": "tests/eval/profiles_v2.jsonl",
   "split": "dev",
   "covered": 18,
   "uncovered": 5
  },
  "date": "2026-12-01 03:46 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8289,
  "ranking_cross_validated_dev": {
   "folds": 5,
   "questions": 881,
   "without late": {
    "late weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "hub weight per fold": [
     0.5,
     0.5,
     0.0,
     0.5,
     0.5
    ],
    "all": {
     "n": 881,
     "ndcg@5": 0.7546,
     "recall@5": 0.7984
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.8344,
     "recall@5": 0.8727
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.941,
     "recall@5": 0.9598
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.7882,
     "recall@5": 0.7941
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.9665,
     "recall@5": 0.971
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.741,
     "recall@5": 0.7673
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.4651,
     "recall@5": 0.5809
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.7787,
     "recall@5": 0.8289
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.7448,
     "recall@5": 0.7885
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.7865,
     "recall@5": 0.8301
    }
   },
   "without hub": {
    "late weight per fold": [
     4.0,
     4.0,
     8.0,
     8.0,
     8.0
    ],
    "hub weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "all": {
     "n": 881,
     "ndcg@5": 0.7955,
     "recall@5": 0.8287
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.8657,
     "recall@5": 0.885
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.9319,
     "recall@5": 0.9425
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.8178,
     "recall@5": 0.8254
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.9561,
     "recall@5": 0.956
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.7829,
     "recall@5": 0.7936
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.5634,
     "recall@5": 0.6735
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.8301,
     "recall@5": 0.8657
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.7823,
     "recall@5": 0.8181
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.8378,
     "recall@5": 0.8631
    }
   },
   "with late": {
    "late weight per fold": [
     8.0,
     4.0,
     8.0,
     4.0,
     4.0
    ],
    "hub weight per fold": [
     0.5,
     0.5,
     0.5,
     0.5,
     0.5
    ],
    "all": {
     "n": 881,
     "ndcg@5": 0.8067,
     "recall@5": 0.8409
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.883,
     "recall@5": 0.9101
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.9407,
     "recall@5": 0.954
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.8231,
     "recall@5": 0.8246
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.9549,
     "recall@5": 0.956
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.8016,
     "recall@5": 0.8173
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.5813,
     "recall@5": 0.6852
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.8282,
     "recall@5": 0.8642
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.7925,
     "recall@5": 0.8271
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.8524,
     "recall@5": 0.8852
    }
   }
  },
  "ranking_grouped_cross_validated_dev": {
   "folds": 5,
   "questions": 881,
   "held out": "one file at a time",
   "without late": {
    "late weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "hub weight per fold": [
     0.5,
     0.5,
     0.0,
     0.5,
     0.0
    ],
    "all": {
     "n": 881,
     "ndcg@5": 0.7568,
     "recall@5": 0.8039
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.8321,
     "recall@5": 0.8623
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.9238,
     "recall@5": 0.9598
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.8209,
     "recall@5": 0.8191
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.9561,
     "recall@5": 0.971
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.7315,
     "recall@5": 0.7766
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.4821,
     "recall@5": 0.5887
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.7834,
     "recall@5": 0.8375
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.7494,
     "recall@5": 0.7968
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.7805,
     "recall@5": 0.8266
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.7987,
     "recall@5": 0.8408
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.7434,
     "recall@5": 0.808
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.7276,
     "recall@5": 0.7921
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.7826,
     "recall@5": 0.813
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7245,
     "recall@5": 0.7675
    }
   },
   "without hub": {
    "late weight per fold": [
     4.0,
     4.0,
     8.0,
     8.0,
     16.0
    ],
    "hub weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "all": {
     "n": 881,
     "ndcg@5": 0.7917,
     "recall@5": 0.8269
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.8644,
     "recall@5": 0.8867
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.9319,
     "recall@5": 0.9425
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.7977,
     "recall@5": 0.8048
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.945,
     "recall@5": 0.9448
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.7848,
     "recall@5": 0.807
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.5577,
     "recall@5": 0.6598
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.832,
     "recall@5": 0.8728
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.7782,
     "recall@5": 0.8153
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.835,
     "recall@5": 0.8642
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.8276,
     "recall@5": 0.8576
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8103,
     "recall@5": 0.8505
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.7949,
     "recall@5": 0.8459
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.7828,
     "recall@5": 0.8253
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7525,
     "recall@5": 0.7716
    }
   },
   "with late": {
    "late weight per fold": [
     8.0,
     4.0,
     4.0,
     8.0,
     4.0
    ],
    "hub weight per fold": [
     0.5,
     0.5,
     0.5,
     0.5,
     0.5
    ],
    "all": {
     "n": 881,
     "ndcg@5": 0.8064,
     "recall@5": 0.8413
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.8828,
     "recall@5": 0.9051
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.9329,
     "recall@5": 0.9425
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.8245,
     "recall@5": 0.8235
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.9603,
     "recall@5": 0.9672
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.8031,
     "recall@5": 0.8237
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.5777,
     "recall@5": 0.6862
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.8294,
     "recall@5": 0.8621
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.7923,
     "recall@5": 0.8286
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.8517,
     "recall@5": 0.8818
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.836,
     "recall@5": 0.8534
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8148,
     "recall@5": 0.8555
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.8093,
     "recall@5": 0.871
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.8092,
     "recall@5": 0.8409
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7694,
     "recall@5": 0.8002
    }
   }
  },
  "decision_cross_validated_dev": {
   "auc": 0.9366,
   "answered": 0.8609566184649611,
   "declined": 0.8930232558139535,
   "closest_offered": {
    "in_scope": 0.12235817575083426,
    "declinable": 0.5116279069767442,
    "all": 0.19748653500897667
   },
   "relevant_among_closest": 0.6972477064220184,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 1114,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.941,
     0.591
    ],
    "0.3": [
     0.908,
     0.74
    ],
    "0.4": [
     0.875,
     0.865
    ],
    "0.5": [
     0.841,
     0.912
    ],
    "0.6": [
     0.78,
     0.944
    ],
    "0.7": [
     0.74,
     0.958
    ],
    "0.8": [
     0.675,
     0.991
    ]
   }
  },
  "decision_grouped_cross_validated_dev": {
   "auc": 0.9286,
   "answered": 0.8487,
   "declined": 0.8605,
   "closest_offered": {
    "in_scope": 0.12903225806451613,
    "declinable": 0.4325581395348837,
    "all": 0.18761220825852784
   },
   "relevant_among_closest": 0.7217391304347827,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 1114,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.942,
     0.586
    ],
    "0.3": [
     0.907,
     0.735
    ],
    "0.4": [
     0.869,
     0.837
    ],
    "0.5": [
     0.833,
     0.884
    ],
    "0.6": [
     0.781,
     0.916
    ],
    "0.7": [
     0.725,
     0.944
    ],
    "0.8": [
     0.676,
     0.981
    ]
   },
   "nested": {
    "answered": 0.8376,
    "declined": 0.8651
   },
   "files": {
    "adjacent_lists.jsonl": {
     "questions": 27,
     "auc": None,
     "threshold": 0.45,
     "answered": None,
     "declined": 0.8148
    },
    "profiles_v2.jsonl": {
     "questions": 23,
     "auc": 0.9556,
     "threshold": 0.45,
     "answered": 0.9444,
     "declined": 0.8
    },
    "questions.jsonl": {
     "questions": 237,
     "auc": 0.951,
     "threshold": 0.45,
     "answered": 0.8342,
     "declined": 0.8864
    },
    "questions_blind.jsonl": {
     "questions": 162,
     "auc": 0.9443,
     "threshold": 0.5,
     "answered": 0.7647,
     "declined": 0.9231
    },
    "questions_blind2.jsonl": {
     "questions": 181,
     "auc": 0.9398,
     "threshold": 0.45,
     "answered": 0.86,
     "declined": 0.871
    },
    "questions_blind3.jsonl": {
     "questions": 229,
     "auc": 0.9328,
     "threshold": 0.5,
     "answered": 0.8325,
     "declined": 0.8947
    },
    "questions_blind4.jsonl": {
     "questions": 255,
     "auc": 0.9135,
     "threshold": 0.45,
     "answered": 0.8673,
     "declined": 0.8182
    }
   }
  },
  "need_point": {
   "profiles": [
    "tests/eval/profiles_v2.jsonl",
    "tests/eval/profiles_dev.jsonl",
    "tests/eval/profiles_blind.jsonl",
    "tests/eval/profiles_blind2.jsonl",
    "tests/eval/profiles_blind3.jsonl"
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
   "more_profiles_held_out": 175
  }
 },
 "trees": [
  ["words", 2.484907, ["words", 1.609438, 0.938308, -0.342958], ["coverage", 0.299207, 1.359829, -0.841132]],
  ["words", 2.484907, ["words", 1.609438, 0.890346, -0.326709], ["coverage", 0.299207, 1.297289, -0.811438]],
  ["words", 2.484907, ["words", 1.609438, 0.844939, -0.311214], ["coverage", 0.299207, 1.239221, -0.782953]],
  ["words", 2.484907, ["words", 1.609438, 0.801947, -0.296437], ["coverage", 0.299207, 1.185094, -0.755621]],
  ["coverage", 0.101465, ["known_en", 0.0, 0.877828, -0.172634], ["known", 0.875, -0.445271, 0.948477]],
  ["words", 2.397895, ["words", 1.609438, 0.752465, -0.438101], ["usual", 0.755018, 0.941938, -0.677241]],
  ["words", 2.639057, ["known", 0.875, -0.202989, 0.913082], ["lift", 0.06252, 1.660628, -0.503484]],
  ["coverage", 0.101465, ["known_en", 0.0, 0.816516, -0.171482], ["known", 0.875, -0.411441, 0.888372]],
  ["words", 2.397895, ["words", 1.609438, 0.7064, -0.409111], ["usual", 0.755018, 0.88051, -0.647872]],
  ["words", 2.639057, ["known", 0.875, -0.184282, 0.855844], ["lift", 0.06252, 1.569234, -0.516021]],
  ["coverage", 0.101465, ["known_en", 0.0, 0.760712, -0.170407], ["known", 0.875, -0.380328, 0.83177]],
  ["words", 2.397895, ["words", 1.609438, 0.66322, -0.382239], ["usual", 0.755018, 0.824779, -0.620345]],
  ["words", 2.639057, ["lift", 0.067373, -0.230047, 0.496067], ["coverage", 0.213703, 1.464846, -0.638493]],
  ["coverage", 0.101465, ["known_en", 0.0, 0.708803, -0.173752], ["known", 0.875, -0.356339, 0.801182]],
  ["words", 1.386294, ["usual", 0.719797, 0.15264, 1.97468], ["words", 2.397895, -0.240446, 0.443992]],
  ["words", 2.639057, ["words", 1.386294, 1.635138, -0.114322], ["lift", 0.06252, 1.434283, -0.562889]],
  ["coverage", 0.101465, ["known_en", 0.0, 0.663337, -0.169862], ["known", 0.875, -0.333686, 0.773073]],
  ["words", 2.639057, ["lift", 0.067373, -0.21112, 0.479374], ["coverage", 0.213703, 1.366292, -0.630425]],
  ["words", 1.386294, ["usual", 0.719797, 0.111426, 1.877846], ["words", 2.397895, -0.220641, 0.412199]],
  ["coverage", 0.080326, ["known", 0.333333, -0.061327, 1.151576], ["known", 0.875, -0.268865, 0.763258]],
  ["words", 1.386294, ["usual", 0.719797, 0.108999, 1.826511], ["words", 2.197225, -0.251462, 0.313376]],
  ["score", 0.321684, ["words", 2.079442, -0.121754, 0.608921], ["words", 1.609438, 0.805297, -0.411092]],
  ["lift", 0.067373, ["support", 0.78268, 0.256047, -0.524579], ["usual", 0.725923, -0.683707, 1.065074]],
  ["words", 1.386294, ["known_en", 0.0, 1.773851, 0.073202], ["words", 2.397895, -0.19906, 0.370531]],
  ["lift", 0.067373, ["support", 0.78268, 0.24122, -0.500211], ["usual", 0.725923, -0.64763, 1.043656]],
  ["coverage", 0.080326, ["known", 0.333333, -0.070157, 1.090894], ["known", 0.875, -0.247579, 0.714854]],
  ["words", 1.386294, ["usual", 0.719797, 0.082344, 1.747049], ["words", 2.197225, -0.227276, 0.280213]],
  ["words", 2.639057, ["words", 1.609438, 0.577068, -0.158737], ["lift", 0.06252, 1.296258, -0.588117]],
  ["lift", 0.067373, ["support", 0.78268, 0.223944, -0.471918], ["usual", 0.725923, -0.610626, 1.022892]],
  ["score", 0.321684, ["cosine", 0.361201, -0.27063, 0.476797], ["words", 1.609438, 0.752811, -0.376508]],
  ["coverage", 0.080326, ["known_en", 0.0, 0.821217, -0.278861], ["known", 0.875, -0.229372, 0.671464]],
  ["words", 2.639057, ["lift", 0.067373, -0.173486, 0.42479], ["coverage", 0.213703, 1.240299, -0.627652]],
  ["words", 1.386294, ["usual", 0.719797, 0.0594, 1.660291], ["words", 2.197225, -0.217654, 0.27117]],
  ["score", 0.321684, ["lexical", 0.216355, 0.146008, 1.519367], ["words", 1.609438, 0.72206, -0.355843]],
  ["lift", 0.067373, ["support", 0.78268, 0.205664, -0.433583], ["usual", 0.725923, -0.598623, 0.994311]],
  ["words", 1.386294, ["usual", 0.719797, 0.051474, 1.607577], ["words", 2.397895, -0.174488, 0.328875]],
  ["usual", 0.730195, ["words", 2.197225, -0.738302, 0.39894], ["lift", 0.073915, -0.000724, 1.154548]],
  ["coverage", 0.080326, ["known", 0.333333, -0.081385, 0.98314], ["known", 0.875, -0.213695, 0.633298]],
  ["words", 1.386294, ["known_en", 0.0, 1.535224, 0.022066], ["words", 2.639057, -0.079444, 0.836458]],
  ["score", 0.321684, ["lexical", 0.216355, 0.138702, 1.472406], ["words", 1.609438, 0.692757, -0.337487]],
  ["usual", 0.730195, ["known", 0.75, -0.051173, -1.353227], ["lift", 0.073915, 0.002047, 1.141943]],
  ["words", 1.386294, ["usual", 0.719797, 0.049869, 1.497347], ["words", 2.397895, -0.16187, 0.307733]],
  ["lift", 0.067373, ["support", 0.78268, 0.198819, -0.406533], ["usual", 0.725923, -0.51929, 0.957222]],
  ["coverage", 0.080326, ["known_en", 0.0, 0.740616, -0.286095], ["known", 0.875, -0.199038, 0.605038]],
  ["usual", 0.730195, ["known", 0.75, -0.048071, -1.28205], ["lift", 0.073915, 0.006367, 1.118835]],
  ["words", 2.639057, ["known_en", 0.333333, -0.097831, 0.737062], ["lift", 0.06252, 1.180689, -0.591747]],
  ["score", 0.321684, ["lexical", 0.216355, 0.126516, 1.436154], ["words", 1.609438, 0.661645, -0.318743]],
  ["usual", 0.730195, ["words", 2.197225, -0.677452, 0.385256], ["lift", 0.073915, 0.008076, 1.106608]],
  ["words", 1.386294, ["lift", 0.052656, 1.616304, 0.253479], ["known_en", 0.333333, -0.07594, 0.773477]],
  ["coverage", 0.053454, ["support", 0.761242, -0.18435, 0.831052], ["words", 2.397895, -0.228332, 0.276302]],
  ["words", 2.639057, ["lift", 0.067373, -0.136522, 0.368361], ["coverage", 0.213703, 1.134383, -0.636932]],
  ["usual", 0.730195, ["words", 2.197225, -0.655887, 0.358643], ["lift", 0.073915, 0.011494, 1.089391]],
  ["score", 0.321684, ["lexical", 0.216355, 0.126176, 1.398931], ["coverage", 0.0, 1.611345, -0.231648]],
  ["known_en", 0.333333, ["usual", 0.730195, -0.441823, 0.087214], ["lexical", 0.119178, -0.178824, 1.119908]],
  ["words", 1.386294, ["lift", 0.052656, 1.546498, 0.245768], ["known_en", 0.333333, -0.071077, 0.739408]],
  ["score", 0.321684, ["lexical", 0.216355, 0.122178, 1.366522], ["known", 0.875, -0.28193, 0.78304]],
  ["words", 1.386294, ["known_en", 0.0, 1.292529, -0.014666], ["words", 2.197225, -0.173898, 0.221359]],
  ["lift", 0.067373, ["support", 0.78268, 0.194209, -0.370485], ["usual", 0.725923, -0.442886, 0.905955]],
  ["coverage", 0.080326, ["known", 0.333333, -0.10264, 0.879745], ["words", 1.609438, 0.508863, -0.189712]],
  ["usual", 0.730195, ["known", 0.75, -0.026642, -1.156991], ["lexical", 0.216355, -0.014641, 0.888314]],
  ["words", 2.639057, ["lift", 0.067373, -0.124013, 0.346196], ["lift", 0.06252, 1.115449, -0.570825]],
  ["score", 0.321684, ["known_en", 0.0, 0.377409, -0.282893], ["coverage", 0.0, 1.56331, -0.215142]],
  ["known_en", 0.333333, ["usual", 0.730195, -0.412516, 0.083196], ["lexical", 0.119178, -0.199107, 1.087977]],
  ["words", 1.386294, ["lift", 0.047292, 1.609587, 0.32991], ["words", 2.197225, -0.167069, 0.209645]],
  ["lift", 0.067373, ["support", 0.78268, 0.18335, -0.351212], ["usual", 0.725923, -0.402975, 0.877815]],
  ["coverage", 0.053454, ["cosine", 0.384844, -0.105683, 0.841363], ["known", 0.875, -0.14541, 0.565359]],
  ["words", 2.639057, ["lexical", 0.216355, -0.098837, 0.44437], ["coverage", 0.213703, 1.079224, -0.598056]],
  ["known_en", 0.333333, ["score", 0.321684, 0.185041, -0.229533], ["lexical", 0.119178, -0.192758, 1.070688]],
  ["words", 1.386294, ["lift", 0.047292, 1.571508, 0.309009], ["known_en", 0.333333, -0.063959, 0.687668]],
  ["usual", 0.730195, ["words", 2.197225, -0.603596, 0.352599], ["lift", 0.073915, 0.013005, 1.053504]],
  ["words", 1.386294, ["lift", 0.047292, 1.536062, 0.303535], ["known_en", 0.333333, -0.06165, 0.672203]],
  ["coverage", 0.080326, ["known_en", 0.0, 0.634679, -0.304187], ["words", 1.609438, 0.492919, -0.176978]],
  ["usual", 0.730195, ["words", 2.197225, -0.586794, 0.342533], ["lexical", 0.216355, -0.014391, 0.852793]],
  ["known", 0.75, ["lexical", 0.216355, 0.031775, 0.987686], ["known", 0.875, -0.644227, 0.545337]],
  ["words", 2.639057, ["coverage", 0.299207, -0.109318, 0.362704], ["coverage", 0.213703, 1.055311, -0.580215]],
  ["known", 0.75, ["lexical", 0.216355, 0.03243, 0.956187], ["known", 0.875, -0.621009, 0.522171]],
  ["words", 1.386294, ["lift", 0.047292, 1.485845, 0.274907], ["known_en", 0.333333, -0.059726, 0.658256]],
  ["coverage", 0.080326, ["known_en", 0.0, 0.60462, -0.292421], ["words", 1.609438, 0.457002, -0.168035]],
  ["lift", 0.067373, ["support", 0.78268, 0.173783, -0.324364], ["usual", 0.739373, -0.14041, 1.117397]],
  ["usual", 0.730195, ["words", 2.197225, -0.569683, 0.333644], ["lift", 0.073915, 0.016271, 1.028761]],
  ["words", 2.639057, ["coverage", 0.299207, -0.10337, 0.34992], ["lift", 0.06252, 1.050441, -0.549463]],
  ["score", 0.321684, ["known_en", 0.0, 0.342215, -0.281624], ["coverage", 0.0, 1.479944, -0.199032]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.053345, -0.46272], ["lexical", 0.119178, -0.238344, 1.032333]],
  ["known", 0.75, ["lexical", 0.216355, 0.03086, 0.926916], ["known", 0.875, -0.586121, 0.49321]],
  ["coverage", 0.080326, ["known", 0.333333, -0.090568, 0.743541], ["words", 1.609438, 0.436692, -0.161257]],
  ["words", 2.397895, ["usual", 0.730195, -0.504663, 0.057437], ["usual", 0.755018, 0.511149, -0.585601]],
  ["lift", 0.067373, ["support", 0.78268, 0.160266, -0.306948], ["usual", 0.739373, -0.111706, 1.098736]],
  ["words", 1.386294, ["lift", 0.047292, 1.426666, 0.242351], ["words", 2.197225, -0.149537, 0.187146]],
  ["lift", 0.067373, ["support", 0.78268, 0.15119, -0.292943], ["usual", 0.739373, -0.103616, 1.086583]],
  ["words", 1.386294, ["lift", 0.047292, 1.389585, 0.234213], ["known_en", 0.333333, -0.056509, 0.632591]],
  ["usual", 0.730195, ["known", 0.75, -0.000122, -0.997569], ["lexical", 0.216355, -0.010486, 0.794385]],
  ["words", 2.639057, ["coverage", 0.299207, -0.099353, 0.346902], ["coverage", 0.213703, 1.009521, -0.546528]],
  ["coverage", 0.053454, ["cosine", 0.384844, -0.129619, 0.754425], ["words", 2.397895, -0.18524, 0.226074]],
  ["lift", 0.067373, ["support", 0.78268, 0.146035, -0.282767], ["usual", 0.739373, -0.09161, 1.07147]],
  ["words", 1.386294, ["lift", 0.047292, 1.357274, 0.222495], ["known_en", 0.333333, -0.055048, 0.613657]],
  ["usual", 0.730195, ["known", 0.75, -0.002939, -0.952546], ["lexical", 0.216355, -0.00728, 0.76465]],
  ["words", 1.386294, ["score", 0.263538, 0.111037, 1.204708], ["words", 2.197225, -0.138978, 0.173163]],
  ["lift", 0.067373, ["support", 0.78268, 0.139355, -0.27192], ["usual", 0.739373, -0.078735, 1.058607]],
  ["known", 0.75, ["lexical", 0.216355, 0.029077, 0.844157], ["known", 0.875, -0.536548, 0.467902]],
  ["words", 2.639057, ["coverage", 0.299207, -0.095482, 0.345551], ["lift", 0.06252, 0.996001, -0.505627]]
 ]
}
