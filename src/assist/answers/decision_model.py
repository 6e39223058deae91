"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 1.6724001286702097,
 "coef": {
  "cosine": -0.2371236919094984,
  "coverage": 1.057413285959406,
  "lexical": -0.05393660854080892,
  "known": 0.34068722552037284,
  "kind": -0.021308928861853895,
  "kind_list": -0.02848435712522486,
  "score": 0.18310996642698033,
  "english": -0.25557410963087934,
  "words": 1.0656698232144362,
  "score_en": 0.7878954743257419,
  "support": 0.45202496688492644,
  "lift": 1.5218787772355682,
  "agree": -0.26264186369938963,
  "known_en": 0.8465975285625174,
  "usual": 0.30554687034902617,
  "salient": 0.005813094667065835
 },
 "mean": {
  "cosine": 0.44621150326294395,
  "coverage": 0.3764204815455228,
  "lexical": 0.1953157479639281,
  "known": 0.667265696657742,
  "kind": 0.13465101914762198,
  "kind_list": 0.05806053119209389,
  "score": 0.560483933739972,
  "english": 0.26868437306979615,
  "words": 2.009228334725512,
  "score_en": 0.1460671327069028,
  "support": 0.8153815298494683,
  "lift": 0.08167927225795164,
  "agree": 0.4694255713403335,
  "known_en": 0.11284372804828421,
  "usual": 0.7427902900445875,
  "salient": 0.40385665950375194
 },
 "scale": {
  "cosine": 0.07945692676542564,
  "coverage": 0.3329409381541981,
  "lexical": 0.08940023667695408,
  "known": 0.29755144398861366,
  "kind": 0.34135043897749606,
  "kind_list": 0.23385787544956588,
  "score": 0.32535356834117385,
  "english": 0.443275400555787,
  "words": 0.49425175692691,
  "score_en": 0.2962871191961637,
  "support": 0.05461212788928827,
  "lift": 0.043236423963055104,
  "agree": 0.4990643288316016,
  "known_en": 0.2418231395907783,
  "usual": 0.023719142109793086,
  "salient": 0.3456024160921925
 },
 "rate": 0.05,
 "threshold": 0.45,
 "closest": 0.15,
 "ratio": 0.5,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.3,
  "lexical": 0.15,
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
   "intercept": 0.6017486181916002,
   "coef": {
    "cosine": 0.28289672326122944,
    "coverage": 0.4715873951978168,
    "lexical": 1.021818150311198,
    "known": 0.7585078538944607,
    "score": -0.28244246380568655,
    "english": 1.1265996188549263,
    "support": 0.3136062198917041,
    "lift": 1.0527235176978278,
    "word_lift": -0.5101894930398427
   },
   "mean": {
    "cosine": 0.4300525495806811,
    "coverage": 0.22874041248935814,
    "lexical": 0.2157442175074001,
    "known": 0.6165443144180515,
    "score": 0.4009969371560628,
    "english": 0.1866840731070496,
    "support": 0.7918763777406758,
    "lift": 0.057209904585901715,
    "word_lift": 0.05185243397873313
   },
   "scale": {
    "cosine": 0.06107998253121376,
    "coverage": 0.21217598702030377,
    "lexical": 0.08955190811806409,
    "known": 0.2658279834147675,
    "score": 0.16130536769390996,
    "english": 0.3896577087075408,
    "support": 0.041850201492505505,
    "lift": 0.02763464387203307,
    "word_lift": 0.02194236336743812
   }
  },
  "l2": 3.0,
  "score": "geometric mean of the whole need's and its best clause's probability (answers.fit.need_probability)",
  "threshold": 0.45,
  "thresholds": {
   "fr": 0.5,
   "en": 0.4
  },
  "closest": 0.15,
  "cross_validated_dev": {
   "threshold": [
    0.4,
    0.5
   ],
   "items": 766,
   "covered": 499,
   "uncovered": 267,
   "auc": 0.8427,
   "answered": 0.7474949899799599,
   "declined": 0.7640449438202247,
   "profiles": {
    "covered": 219,
    "uncovered": 104,
    "answered": 0.7945205479452054,
    "declined": 0.7403846153846154,
    "covered_answered_count": 174,
    "uncovered_declined_count": 77,
    "covered_closest_count": 43,
    "uncovered_closest_count": 62,
    "auc": 0.8555,
    "ndcg@5": 0.7006390156055906,
    "recall@5": 0.726027397260274,
    "ndcg@5 closest counted": 0.8151176394651785,
    "recall@5 closest counted": 0.8713850837138507
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.9,
     0.509
    ],
    "0.35": [
     0.854,
     0.599
    ],
    "0.4": [
     0.824,
     0.659
    ],
    "0.45": [
     0.762,
     0.73
    ],
    "0.5": [
     0.719,
     0.794
    ],
    "0.55": [
     0.679,
     0.839
    ],
    "0.6": [
     0.645,
     0.888
    ],
    "0.65": [
     0.607,
     0.91
    ],
    "0.7": [
     0.543,
     0.951
    ],
    "0.75": [
     0.489,
     0.963
    ],
    "0.8": [
     0.425,
     0.966
    ],
    "0.85": [
     0.353,
     0.981
    ],
    "0.9": [
     0.287,
     0.993
    ]
   }
  },
  "grouped_cross_validated_dev": {
   "all": {
    "threshold": [
     0.35,
     0.4,
     0.45,
     0.5,
     0.55
    ],
    "items": 766,
    "covered": 499,
    "uncovered": 267,
    "auc": 0.8454,
    "answered": 0.7274549098196392,
    "declined": 0.7752808988764045,
    "profiles": {
     "covered": 219,
     "uncovered": 104,
     "answered": 0.7899543378995434,
     "declined": 0.7884615384615384,
     "covered_answered_count": 173,
     "uncovered_declined_count": 82,
     "covered_closest_count": 44,
     "uncovered_closest_count": 68,
     "auc": 0.8603,
     "ndcg@5": 0.6995296430961258,
     "recall@5": 0.726027397260274,
     "ndcg@5 closest counted": 0.8148600335385585,
     "recall@5 closest counted": 0.8713850837138509
    },
    "curve (threshold: answered, declined)": {
     "0.3": [
      0.89,
      0.521
     ],
     "0.35": [
      0.856,
      0.622
     ],
     "0.4": [
      0.814,
      0.678
     ],
     "0.45": [
      0.764,
      0.742
     ],
     "0.5": [
      0.711,
      0.798
     ],
     "0.55": [
      0.683,
      0.839
     ],
     "0.6": [
      0.639,
      0.88
     ],
     "0.65": [
      0.603,
      0.925
     ],
     "0.7": [
      0.547,
      0.959
     ],
     "0.75": [
      0.489,
      0.966
     ],
     "0.8": [
      0.421,
      0.974
     ],
     "0.85": [
      0.347,
      0.989
     ],
     "0.9": [
      0.287,
      0.993
     ]
    }
   },
   "by file": {
    "adjacent_lists.jsonl": {
     "threshold": [
      0.4,
      0.5
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
       0.481
      ],
      "0.35": [
       0.0,
       0.667
      ],
      "0.4": [
       0.0,
       0.741
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
       0.926
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
      0.4,
      0.5
     ],
     "items": 42,
     "covered": 30,
     "uncovered": 12,
     "auc": 1.0,
     "answered": 1.0,
     "declined": 0.8333333333333334,
     "profiles": {
      "covered": 30,
      "uncovered": 12,
      "answered": 1.0,
      "declined": 0.8333333333333334,
      "covered_answered_count": 30,
      "uncovered_declined_count": 10,
      "covered_closest_count": 0,
      "uncovered_closest_count": 8,
      "auc": 1.0,
      "ndcg@5": 0.9380883562714144,
      "recall@5": 0.961111111111111,
      "ndcg@5 closest counted": 0.9380883562714144,
      "recall@5 closest counted": 0.961111111111111
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.5
      ],
      "0.35": [
       1.0,
       0.75
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
       0.833
      ],
      "0.55": [
       1.0,
       0.917
      ],
      "0.6": [
       1.0,
       0.917
      ],
      "0.65": [
       0.967,
       1.0
      ],
      "0.7": [
       0.9,
       1.0
      ],
      "0.75": [
       0.833,
       1.0
      ],
      "0.8": [
       0.8,
       1.0
      ],
      "0.85": [
       0.667,
       1.0
      ],
      "0.9": [
       0.5,
       1.0
      ]
     }
    },
    "profiles_blind2.jsonl": {
     "threshold": [
      0.4,
      0.5
     ],
     "items": 56,
     "covered": 38,
     "uncovered": 18,
     "auc": 0.9123,
     "answered": 0.8157894736842105,
     "declined": 0.7222222222222222,
     "profiles": {
      "covered": 38,
      "uncovered": 18,
      "answered": 0.8157894736842105,
      "declined": 0.7222222222222222,
      "covered_answered_count": 31,
      "uncovered_declined_count": 13,
      "covered_closest_count": 7,
      "uncovered_closest_count": 11,
      "auc": 0.9123,
      "ndcg@5": 0.7218840826395233,
      "recall@5": 0.7412280701754386,
      "ndcg@5 closest counted": 0.8381045203401856,
      "recall@5 closest counted": 0.8991228070175438
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.947,
       0.444
      ],
      "0.35": [
       0.895,
       0.556
      ],
      "0.4": [
       0.868,
       0.611
      ],
      "0.45": [
       0.816,
       0.667
      ],
      "0.5": [
       0.816,
       0.722
      ],
      "0.55": [
       0.816,
       0.778
      ],
      "0.6": [
       0.789,
       0.944
      ],
      "0.65": [
       0.737,
       1.0
      ],
      "0.7": [
       0.684,
       1.0
      ],
      "0.75": [
       0.632,
       1.0
      ],
      "0.8": [
       0.553,
       1.0
      ],
      "0.85": [
       0.447,
       1.0
      ],
      "0.9": [
       0.316,
       1.0
      ]
     }
    },
    "profiles_blind3.jsonl": {
     "threshold": [
      0.35,
      0.55
     ],
     "items": 61,
     "covered": 41,
     "uncovered": 20,
     "auc": 0.7829,
     "answered": 0.6585365853658537,
     "declined": 0.8,
     "profiles": {
      "covered": 41,
      "uncovered": 20,
      "answered": 0.6585365853658537,
      "declined": 0.8,
      "covered_answered_count": 27,
      "uncovered_declined_count": 16,
      "covered_closest_count": 14,
      "uncovered_closest_count": 13,
      "auc": 0.7829,
      "ndcg@5": 0.607018120513611,
      "recall@5": 0.6463414634146342,
      "ndcg@5 closest counted": 0.8202471267544886,
      "recall@5 closest counted": 0.926829268292683
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.878,
       0.5
      ],
      "0.35": [
       0.854,
       0.5
      ],
      "0.4": [
       0.78,
       0.6
      ],
      "0.45": [
       0.659,
       0.7
      ],
      "0.5": [
       0.585,
       0.8
      ],
      "0.55": [
       0.537,
       0.9
      ],
      "0.6": [
       0.463,
       0.9
      ],
      "0.65": [
       0.415,
       0.95
      ],
      "0.7": [
       0.366,
       0.95
      ],
      "0.75": [
       0.293,
       0.95
      ],
      "0.8": [
       0.244,
       0.95
      ],
      "0.85": [
       0.195,
       1.0
      ],
      "0.9": [
       0.122,
       1.0
      ]
     }
    },
    "profiles_blind4.jsonl": {
     "threshold": [
      0.45,
      0.55
     ],
     "items": 62,
     "covered": 42,
     "uncovered": 20,
     "auc": 0.6607,
     "answered": 0.5,
     "declined": 0.85,
     "profiles": {
      "covered": 42,
      "uncovered": 20,
      "answered": 0.5,
      "declined": 0.85,
      "covered_answered_count": 21,
      "uncovered_declined_count": 17,
      "covered_closest_count": 20,
      "uncovered_closest_count": 16,
      "auc": 0.6607,
      "ndcg@5": 0.42038423254158547,
      "recall@5": 0.4166666666666667,
      "ndcg@5 closest counted": 0.6527149329350015,
      "recall@5 closest counted": 0.6865079365079365
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.738,
       0.3
      ],
      "0.35": [
       0.714,
       0.5
      ],
      "0.4": [
       0.69,
       0.6
      ],
      "0.45": [
       0.619,
       0.75
      ],
      "0.5": [
       0.524,
       0.8
      ],
      "0.55": [
       0.429,
       0.85
      ],
      "0.6": [
       0.357,
       0.85
      ],
      "0.65": [
       0.333,
       0.85
      ],
      "0.7": [
       0.286,
       0.95
      ],
      "0.75": [
       0.167,
       0.95
      ],
      "0.8": [
       0.167,
       0.95
      ],
      "0.85": [
       0.095,
       1.0
      ],
      "0.9": [
       0.071,
       1.0
      ]
     }
    },
    "profiles_blind5.jsonl": {
     "threshold": [
      0.35,
      0.5
     ],
     "items": 63,
     "covered": 42,
     "uncovered": 21,
     "auc": 0.8787,
     "answered": 0.9285714285714286,
     "declined": 0.6666666666666666,
     "profiles": {
      "covered": 42,
      "uncovered": 21,
      "answered": 0.9285714285714286,
      "declined": 0.6666666666666666,
      "covered_answered_count": 39,
      "uncovered_declined_count": 14,
      "covered_closest_count": 3,
      "uncovered_closest_count": 13,
      "auc": 0.8787,
      "ndcg@5": 0.7633514615495566,
      "recall@5": 0.8055555555555555,
      "ndcg@5 closest counted": 0.8190824187368941,
      "recall@5 closest counted": 0.8769841269841269
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.333
      ],
      "0.35": [
       0.976,
       0.476
      ],
      "0.4": [
       0.929,
       0.571
      ],
      "0.45": [
       0.857,
       0.619
      ],
      "0.5": [
       0.833,
       0.714
      ],
      "0.55": [
       0.833,
       0.81
      ],
      "0.6": [
       0.762,
       0.81
      ],
      "0.65": [
       0.69,
       0.857
      ],
      "0.7": [
       0.619,
       0.952
      ],
      "0.75": [
       0.524,
       0.952
      ],
      "0.8": [
       0.381,
       0.952
      ],
      "0.85": [
       0.214,
       1.0
      ],
      "0.9": [
       0.19,
       1.0
      ]
     }
    },
    "profiles_dev.jsonl": {
     "threshold": [
      0.4,
      0.55
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
      "uncovered_closest_count": 4,
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
       0.875
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
       1.0,
       1.0
      ],
      "0.65": [
       1.0,
       1.0
      ],
      "0.7": [
       0.75,
       1.0
      ],
      "0.75": [
       0.625,
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
       0.5,
       1.0
      ]
     }
    },
    "profiles_v2.jsonl": {
     "threshold": [
      0.4,
      0.55
     ],
     "items": 23,
     "covered": 18,
     "uncovered": 5,
     "auc": 0.9556,
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
      "auc": 0.9556,
      "ndcg@5": 0.8707772376513987,
      "recall@5": 0.898148148148148,
      "ndcg@5 closest counted": 0.8707772376513987,
      "recall@5 closest counted": 0.898148148148148
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.944,
       0.6
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
       0.8
      ],
      "0.75": [
       0.944,
       1.0
      ],
      "0.8": [
       0.944,
       1.0
      ],
      "0.85": [
       0.889,
       1.0
      ],
      "0.9": [
       0.778,
       1.0
      ]
     }
    },
    "questions.jsonl": {
     "threshold": [
      0.45,
      0.55
     ],
     "items": 64,
     "covered": 51,
     "uncovered": 13,
     "auc": 0.9276,
     "answered": 0.9215686274509803,
     "declined": 0.6153846153846154,
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
       0.462
      ],
      "0.35": [
       0.941,
       0.615
      ],
      "0.4": [
       0.941,
       0.615
      ],
      "0.45": [
       0.941,
       0.615
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
       0.922,
       0.846
      ],
      "0.65": [
       0.902,
       0.846
      ],
      "0.7": [
       0.882,
       0.846
      ],
      "0.75": [
       0.882,
       0.846
      ],
      "0.8": [
       0.824,
       0.923
      ],
      "0.85": [
       0.804,
       0.923
      ],
      "0.9": [
       0.725,
       1.0
      ]
     }
    },
    "questions_blind.jsonl": {
     "threshold": [
      0.4,
      0.55
     ],
     "items": 40,
     "covered": 28,
     "uncovered": 12,
     "auc": 0.6339,
     "answered": 0.42857142857142855,
     "declined": 0.5,
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
       0.893,
       0.417
      ],
      "0.35": [
       0.786,
       0.417
      ],
      "0.4": [
       0.679,
       0.417
      ],
      "0.45": [
       0.607,
       0.417
      ],
      "0.5": [
       0.429,
       0.5
      ],
      "0.55": [
       0.393,
       0.583
      ],
      "0.6": [
       0.357,
       0.75
      ],
      "0.65": [
       0.321,
       1.0
      ],
      "0.7": [
       0.321,
       1.0
      ],
      "0.75": [
       0.286,
       1.0
      ],
      "0.8": [
       0.286,
       1.0
      ],
      "0.85": [
       0.179,
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
      0.4,
      0.55
     ],
     "items": 45,
     "covered": 30,
     "uncovered": 15,
     "auc": 0.8378,
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
       0.833,
       0.667
      ],
      "0.35": [
       0.833,
       0.667
      ],
      "0.4": [
       0.8,
       0.733
      ],
      "0.45": [
       0.767,
       0.733
      ],
      "0.5": [
       0.7,
       0.8
      ],
      "0.55": [
       0.7,
       0.8
      ],
      "0.6": [
       0.633,
       0.8
      ],
      "0.65": [
       0.633,
       0.867
      ],
      "0.7": [
       0.533,
       0.867
      ],
      "0.75": [
       0.533,
       0.933
      ],
      "0.8": [
       0.3,
       0.933
      ],
      "0.85": [
       0.233,
       0.933
      ],
      "0.9": [
       0.2,
       0.933
      ]
     }
    },
    "questions_blind3.jsonl": {
     "threshold": [
      0.4,
      0.5
     ],
     "items": 59,
     "covered": 38,
     "uncovered": 21,
     "auc": 0.8158,
     "answered": 0.7368421052631579,
     "declined": 0.7142857142857143,
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
       0.895,
       0.476
      ],
      "0.35": [
       0.868,
       0.524
      ],
      "0.4": [
       0.816,
       0.571
      ],
      "0.45": [
       0.711,
       0.762
      ],
      "0.5": [
       0.711,
       0.762
      ],
      "0.55": [
       0.711,
       0.81
      ],
      "0.6": [
       0.658,
       0.81
      ],
      "0.65": [
       0.579,
       0.857
      ],
      "0.7": [
       0.421,
       0.952
      ],
      "0.75": [
       0.368,
       0.952
      ],
      "0.8": [
       0.316,
       1.0
      ],
      "0.85": [
       0.237,
       1.0
      ],
      "0.9": [
       0.158,
       1.0
      ]
     }
    },
    "questions_blind4.jsonl": {
     "threshold": [
      0.4,
      0.55
     ],
     "items": 64,
     "covered": 40,
     "uncovered": 24,
     "auc": 0.7635,
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
       0.85,
       0.542
      ],
      "0.35": [
       0.825,
       0.625
      ],
      "0.4": [
       0.825,
       0.667
      ],
      "0.45": [
       0.775,
       0.667
      ],
      "0.5": [
       0.6,
       0.667
      ],
      "0.55": [
       0.575,
       0.708
      ],
      "0.6": [
       0.475,
       0.792
      ],
      "0.65": [
       0.45,
       0.875
      ],
      "0.7": [
       0.425,
       0.958
      ],
      "0.75": [
       0.35,
       0.958
      ],
      "0.8": [
       0.3,
       0.958
      ],
      "0.85": [
       0.3,
       1.0
      ],
      "0.9": [
       0.225,
       1.0
      ]
     }
    },
    "questions_blind5.jsonl": {
     "threshold": [
      0.4,
      0.5
     ],
     "items": 71,
     "covered": 47,
     "uncovered": 24,
     "auc": 0.9087,
     "answered": 0.7872340425531915,
     "declined": 0.9583333333333334,
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
       0.894,
       0.708
      ],
      "0.35": [
       0.894,
       0.792
      ],
      "0.4": [
       0.851,
       0.833
      ],
      "0.45": [
       0.83,
       0.917
      ],
      "0.5": [
       0.787,
       0.958
      ],
      "0.55": [
       0.702,
       0.958
      ],
      "0.6": [
       0.66,
       0.958
      ],
      "0.65": [
       0.638,
       0.958
      ],
      "0.7": [
       0.574,
       1.0
      ],
      "0.75": [
       0.532,
       1.0
      ],
      "0.8": [
       0.404,
       1.0
      ],
      "0.85": [
       0.277,
       1.0
      ],
      "0.9": [
       0.277,
       1.0
      ]
     }
    },
    "questions_blind6.jsonl": {
     "threshold": [
      0.4,
      0.5
     ],
     "items": 73,
     "covered": 46,
     "uncovered": 27,
     "auc": 0.8205,
     "answered": 0.41304347826086957,
     "declined": 0.8518518518518519,
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
       0.783,
       0.741
      ],
      "0.35": [
       0.63,
       0.815
      ],
      "0.4": [
       0.5,
       0.852
      ],
      "0.45": [
       0.457,
       0.889
      ],
      "0.5": [
       0.413,
       0.889
      ],
      "0.55": [
       0.391,
       0.889
      ],
      "0.6": [
       0.37,
       1.0
      ],
      "0.65": [
       0.326,
       1.0
      ],
      "0.7": [
       0.304,
       1.0
      ],
      "0.75": [
       0.217,
       1.0
      ],
      "0.8": [
       0.196,
       1.0
      ],
      "0.85": [
       0.174,
       1.0
      ],
      "0.9": [
       0.174,
       1.0
      ]
     }
    }
   }
  },
  "question_model_cross_validated_dev": {
   "threshold": [
    0.7
   ],
   "items": 766,
   "covered": 499,
   "uncovered": 267,
   "auc": 0.7835,
   "answered": 0.7134268537074149,
   "declined": 0.6928838951310862,
   "profiles": {
    "covered": 219,
    "uncovered": 104,
    "answered": 0.8904109589041096,
    "declined": 0.27884615384615385,
    "covered_answered_count": 195,
    "uncovered_declined_count": 29,
    "covered_closest_count": 23,
    "uncovered_closest_count": 25,
    "auc": 0.7018,
    "ndcg@5": 0.7633165835393327,
    "recall@5": 0.7975646879756468,
    "ndcg@5 closest counted": 0.821520679639347,
    "recall@5 closest counted": 0.8797564687975646
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.948,
     0.416
    ],
    "0.35": [
     0.928,
     0.457
    ],
    "0.4": [
     0.904,
     0.498
    ],
    "0.45": [
     0.876,
     0.532
    ],
    "0.5": [
     0.84,
     0.562
    ],
    "0.55": [
     0.804,
     0.596
    ],
    "0.6": [
     0.772,
     0.629
    ],
    "0.65": [
     0.737,
     0.667
    ],
    "0.7": [
     0.713,
     0.693
    ],
    "0.75": [
     0.675,
     0.708
    ],
    "0.8": [
     0.633,
     0.745
    ],
    "0.85": [
     0.559,
     0.757
    ],
    "0.9": [
     0.497,
     0.816
    ]
   }
  }
 },
 "ratio_list": 0.3,
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 1634,
  "of_which": {
   "tests/eval/questions.jsonl": 237,
   "tests/eval/questions_blind.jsonl": 162,
   "tests/eval/questions_blind2.jsonl": 181,
   "tests/eval/questions_blind3.jsonl": 229,
   "tests/eval/questions_blind4.jsonl": 255,
   "tests/eval/questions_blind5.jsonl": 262,
   "tests/eval/questions_blind6.jsonl": 281,
   "tests/eval/adjacent_lists.jsonl": 27
  },
  "in_scope": 1332,
  "declinable": 302,
  "profile_needs": {
   "file": "tests/eval/profiles_v2.jsonl",
   "split": "dev",
   "covered": 18,
   "uncovered": 5
  },
  "date": "2026-12-02 13:47 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8252,
  "ranking_cross_validated_dev": {
   "folds": 5,
   "questions": 1332,
   "without late": {
    "late weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "hub weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "all": {
     "n": 1332,
     "ndcg@5": 0.7544,
     "recall@5": 0.8042
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8363,
     "recall@5": 0.8672
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9435,
     "recall@5": 0.9654
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.7855,
     "recall@5": 0.7964
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9669,
     "recall@5": 0.9777
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7199,
     "recall@5": 0.7628
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.4726,
     "recall@5": 0.5937
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.8135,
     "recall@5": 0.871
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7354,
     "recall@5": 0.7882
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8139,
     "recall@5": 0.8542
    }
   },
   "without hub": {
    "late weight per fold": [
     8.0,
     8.0,
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
     "n": 1332,
     "ndcg@5": 0.8035,
     "recall@5": 0.834
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.873,
     "recall@5": 0.8892
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9482,
     "recall@5": 0.9538
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.8166,
     "recall@5": 0.823
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9674,
     "recall@5": 0.9701
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7828,
     "recall@5": 0.7983
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.5742,
     "recall@5": 0.6667
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.8594,
     "recall@5": 0.8965
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7847,
     "recall@5": 0.8188
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8621,
     "recall@5": 0.8815
    }
   },
   "with late": {
    "late weight per fold": [
     8.0,
     4.0,
     8.0,
     4.0,
     12.0
    ],
    "hub weight per fold": [
     0.5,
     0.5,
     0.5,
     0.5,
     0.5
    ],
    "all": {
     "n": 1332,
     "ndcg@5": 0.8033,
     "recall@5": 0.8351
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8837,
     "recall@5": 0.9046
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9495,
     "recall@5": 0.9615
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.8084,
     "recall@5": 0.8229
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9673,
     "recall@5": 0.9701
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7871,
     "recall@5": 0.8046
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.5669,
     "recall@5": 0.6503
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.855,
     "recall@5": 0.8951
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7821,
     "recall@5": 0.8164
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8695,
     "recall@5": 0.8933
    }
   }
  },
  "ranking_grouped_cross_validated_dev": {
   "folds": 7,
   "questions": 1332,
   "held out": "one file at a time",
   "without late": {
    "late weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "hub weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "all": {
     "n": 1332,
     "ndcg@5": 0.7546,
     "recall@5": 0.8041
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8373,
     "recall@5": 0.87
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9484,
     "recall@5": 0.9731
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.7856,
     "recall@5": 0.795
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9664,
     "recall@5": 0.9777
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7178,
     "recall@5": 0.7589
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.4723,
     "recall@5": 0.5918
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.8143,
     "recall@5": 0.871
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7354,
     "recall@5": 0.7874
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8148,
     "recall@5": 0.8562
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.8033,
     "recall@5": 0.8411
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.7594,
     "recall@5": 0.8125
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.7276,
     "recall@5": 0.7921
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.7728,
     "recall@5": 0.8218
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7245,
     "recall@5": 0.7675
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.7536,
     "recall@5": 0.7983
    },
    "file questions_blind6.jsonl": {
     "n": 234,
     "ndcg@5": 0.7424,
     "recall@5": 0.8002
    }
   },
   "without hub": {
    "late weight per fold": [
     8.0,
     8.0,
     8.0,
     8.0,
     12.0,
     8.0,
     8.0
    ],
    "hub weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "all": {
     "n": 1332,
     "ndcg@5": 0.8018,
     "recall@5": 0.8333
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8733,
     "recall@5": 0.8892
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9482,
     "recall@5": 0.9538
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.8118,
     "recall@5": 0.8202
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.963,
     "recall@5": 0.9676
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7793,
     "recall@5": 0.793
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.5724,
     "recall@5": 0.6667
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.8618,
     "recall@5": 0.9043
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7823,
     "recall@5": 0.8177
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8625,
     "recall@5": 0.8821
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.8407,
     "recall@5": 0.8652
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8141,
     "recall@5": 0.8444
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.797,
     "recall@5": 0.8526
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.7883,
     "recall@5": 0.8381
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.755,
     "recall@5": 0.7752
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.8055,
     "recall@5": 0.8355
    },
    "file questions_blind6.jsonl": {
     "n": 234,
     "ndcg@5": 0.8153,
     "recall@5": 0.8347
    }
   },
   "with late": {
    "late weight per fold": [
     8.0,
     4.0,
     4.0,
     8.0,
     8.0,
     8.0,
     8.0
    ],
    "hub weight per fold": [
     0.5,
     0.5,
     0.5,
     0.5,
     0.5,
     0.5,
     0.5
    ],
    "all": {
     "n": 1332,
     "ndcg@5": 0.8073,
     "recall@5": 0.8366
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8886,
     "recall@5": 0.9031
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9495,
     "recall@5": 0.9615
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.8167,
     "recall@5": 0.8165
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9672,
     "recall@5": 0.9701
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7959,
     "recall@5": 0.8077
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.5702,
     "recall@5": 0.6597
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.854,
     "recall@5": 0.8951
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7868,
     "recall@5": 0.8188
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8712,
     "recall@5": 0.8923
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.836,
     "recall@5": 0.8534
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8074,
     "recall@5": 0.8518
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.8121,
     "recall@5": 0.8587
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.8074,
     "recall@5": 0.8435
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7773,
     "recall@5": 0.8104
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.805,
     "recall@5": 0.822
    },
    "file questions_blind6.jsonl": {
     "n": 234,
     "ndcg@5": 0.8097,
     "recall@5": 0.8315
    }
   }
  },
  "decision_cross_validated_dev": {
   "auc": 0.9352,
   "answered": 0.8644444444444445,
   "declined": 0.8566775244299675,
   "closest_offered": {
    "in_scope": 0.1037037037037037,
    "declinable": 0.3257328990228013,
    "all": 0.14484007242003621
   },
   "relevant_among_closest": 0.65,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.15,
   "questions": 1657,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.957,
     0.612
    ],
    "0.3": [
     0.919,
     0.756
    ],
    "0.4": [
     0.885,
     0.827
    ],
    "0.5": [
     0.828,
     0.879
    ],
    "0.6": [
     0.779,
     0.932
    ],
    "0.7": [
     0.733,
     0.971
    ],
    "0.8": [
     0.69,
     0.984
    ]
   }
  },
  "decision_grouped_cross_validated_dev": {
   "auc": 0.9318,
   "answered": 0.8719,
   "declined": 0.8502,
   "closest_offered": {
    "in_scope": 0.10222222222222223,
    "declinable": 0.3257328990228013,
    "all": 0.1436330718165359
   },
   "relevant_among_closest": 0.644927536231884,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.15,
   "questions": 1657,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.954,
     0.596
    ],
    "0.3": [
     0.918,
     0.723
    ],
    "0.4": [
     0.887,
     0.814
    ],
    "0.5": [
     0.839,
     0.893
    ],
    "0.6": [
     0.785,
     0.919
    ],
    "0.7": [
     0.733,
     0.971
    ],
    "0.8": [
     0.681,
     0.98
    ]
   },
   "nested": {
    "answered": 0.8541,
    "declined": 0.8762
   },
   "files": {
    "adjacent_lists.jsonl": {
     "questions": 27,
     "auc": None,
     "threshold": 0.45,
     "answered": None,
     "declined": 0.9259
    },
    "profiles_v2.jsonl": {
     "questions": 23,
     "auc": 0.9444,
     "threshold": 0.45,
     "answered": 0.9444,
     "declined": 1.0
    },
    "questions.jsonl": {
     "questions": 237,
     "auc": 0.9516,
     "threshold": 0.45,
     "answered": 0.8342,
     "declined": 0.8864
    },
    "questions_blind.jsonl": {
     "questions": 162,
     "auc": 0.9417,
     "threshold": 0.45,
     "answered": 0.8603,
     "declined": 0.8846
    },
    "questions_blind2.jsonl": {
     "questions": 181,
     "auc": 0.9394,
     "threshold": 0.45,
     "answered": 0.9067,
     "declined": 0.871
    },
    "questions_blind3.jsonl": {
     "questions": 229,
     "auc": 0.9346,
     "threshold": 0.5,
     "answered": 0.8272,
     "declined": 0.8947
    },
    "questions_blind4.jsonl": {
     "questions": 255,
     "auc": 0.9201,
     "threshold": 0.5,
     "answered": 0.8294,
     "declined": 0.8864
    },
    "questions_blind5.jsonl": {
     "questions": 262,
     "auc": 0.9319,
     "threshold": 0.45,
     "answered": 0.8571,
     "declined": 0.8444
    },
    "questions_blind6.jsonl": {
     "questions": 281,
     "auc": 0.9193,
     "threshold": 0.5,
     "answered": 0.8675,
     "declined": 0.8298
    }
   }
  },
  "need_point": {
   "profiles": [
    "tests/eval/profiles_v2.jsonl",
    "tests/eval/profiles_dev.jsonl",
    "tests/eval/profiles_blind.jsonl",
    "tests/eval/profiles_blind2.jsonl",
    "tests/eval/profiles_blind3.jsonl",
    "tests/eval/profiles_blind4.jsonl",
    "tests/eval/profiles_blind5.jsonl"
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
   "more_profiles_held_out": 300
  }
 },
 "trees": [
  ["salient", 0.083041, ["known_en", 0.0, 0.978843, -0.216649], ["salient", 0.457632, -0.525695, 0.887908]],
  ["words", 2.70805, ["words", 1.609438, 0.887984, -0.25655], ["score_en", 0.181788, 1.877702, 0.355499]],
  ["salient", 0.083041, ["known_en", 0.0, 0.911432, -0.204817], ["salient", 0.457632, -0.497068, 0.856403]],
  ["words", 2.70805, ["words", 1.386294, 2.051511, -0.163575], ["score_en", 0.181788, 1.7912, 0.335672]],
  ["salient", 0.083041, ["score", 0.346672, 0.360305, 1.802229], ["salient", 0.457632, -0.470244, 0.825184]],
  ["words", 2.70805, ["words", 1.386294, 1.978703, -0.153945], ["score_en", 0.181788, 1.723646, 0.310194]],
  ["salient", 0.123231, ["known_en", 0.0, 0.681526, -0.213868], ["salient", 0.457632, -0.539315, 0.794737]],
  ["words", 2.70805, ["words", 1.609438, 0.799429, -0.220968], ["score_en", 0.181788, 1.654625, 0.294991]],
  ["words", 2.484907, ["words", 1.609438, 0.757839, -0.304933], ["support", 0.786905, 1.24679, -0.251331]],
  ["salient", 0.083041, ["score", 0.346672, 0.305877, 1.71668], ["salient", 0.457632, -0.417569, 0.759949]],
  ["words", 2.70805, ["words", 1.386294, 1.836958, -0.134462], ["score_en", 0.181788, 1.564228, 0.240127]],
  ["words", 2.197225, ["words", 1.609438, 0.700733, -0.581123], ["usual", 0.761648, 0.618533, -0.905723]],
  ["salient", 0.123231, ["known_en", 0.0, 0.611975, -0.230053], ["salient", 0.457632, -0.476602, 0.728027]],
  ["words", 2.70805, ["words", 1.386294, 1.73428, -0.125023], ["score_en", 0.181788, 1.495589, 0.213412]],
  ["words", 2.197225, ["words", 1.609438, 0.650333, -0.547481], ["usual", 0.761648, 0.581155, -0.855185]],
  ["words", 2.70805, ["words", 1.386294, 1.649467, -0.117313], ["score_en", 0.181788, 1.442724, 0.192944]],
  ["coverage", 0.079981, ["known", 0.333333, -0.036161, 1.191125], ["known", 0.909091, -0.279892, 0.916176]],
  ["words", 2.197225, ["words", 1.609438, 0.605238, -0.514563], ["usual", 0.761648, 0.547219, -0.811175]],
  ["salient", 0.123231, ["known_en", 0.0, 0.549904, -0.235233], ["salient", 0.457632, -0.431188, 0.688259]],
  ["words", 2.70805, ["words", 1.386294, 1.552617, -0.108242], ["score_en", 0.181788, 1.379804, 0.171877]],
  ["words", 2.197225, ["words", 1.609438, 0.560742, -0.484943], ["usual", 0.753445, 0.572143, -0.544991]],
  ["coverage", 0.079981, ["known", 0.333333, -0.051379, 1.088144], ["salient", 0.457632, -0.284429, 0.641505]],
  ["words", 2.70805, ["words", 1.386294, 1.465689, -0.100871], ["score_en", 0.181788, 1.330769, 0.15673]],
  ["words", 2.197225, ["words", 1.609438, 0.521641, -0.457083], ["usual", 0.761648, 0.488718, -0.741815]],
  ["words", 2.70805, ["lift", 0.065831, -0.186909, 0.415521], ["score_en", 0.181788, 1.293372, 0.140336]],
  ["salient", 0.123231, ["known_en", 0.0, 0.500616, -0.237501], ["known", 0.909091, -0.342852, 1.006243]],
  ["coverage", 0.079981, ["known", 0.333333, -0.053009, 1.008748], ["salient", 0.457632, -0.264405, 0.61129]],
  ["words", 2.197225, ["words", 1.609438, 0.488606, -0.43239], ["usual", 0.753445, 0.509365, -0.492798]],
  ["words", 2.70805, ["lift", 0.065831, -0.176596, 0.401101], ["score_en", 0.181788, 1.249306, 0.124549]],
  ["salient", 0.123231, ["known_en", 0.0, 0.464123, -0.234992], ["known", 0.909091, -0.31897, 0.978132]],
  ["words", 2.197225, ["usual", 0.728738, -0.809389, 0.030567], ["usual", 0.761648, 0.435796, -0.670659]],
  ["words", 2.70805, ["words", 1.386294, 1.370817, -0.086957], ["score_en", 0.181788, 1.214818, 0.107855]],
  ["coverage", 0.079981, ["known", 0.333333, -0.060256, 0.931662], ["salient", 0.457632, -0.245084, 0.586829]],
  ["words", 2.197225, ["words", 1.609438, 0.4647, -0.397647], ["usual", 0.761648, 0.412923, -0.640851]],
  ["words", 2.70805, ["lift", 0.065831, -0.166588, 0.396402], ["score_en", 0.181788, 1.183251, 0.096951]],
  ["salient", 0.083041, ["score", 0.346672, 0.131597, 1.561503], ["known", 0.909091, -0.249897, 0.977781]],
  ["words", 2.197225, ["usual", 0.728738, -0.779545, 0.044126], ["usual", 0.753445, 0.436063, -0.4272]],
  ["words", 1.386294, ["known_en", 0.0, 1.661389, -0.241303], ["words", 2.197225, -0.253649, 0.228463]],
  ["words", 2.70805, ["lift", 0.065831, -0.159664, 0.388104], ["cosine", 0.358945, 0.111544, 1.170819]],
  ["coverage", 0.079981, ["known", 0.333333, -0.072006, 0.874114], ["salient", 0.520677, -0.206869, 0.74081]],
  ["words", 1.386294, ["known_en", 0.0, 1.608677, -0.235476], ["words", 2.197225, -0.241956, 0.217326]],
  ["salient", 0.083041, ["score", 0.346672, 0.113524, 1.504005], ["known", 0.909091, -0.230806, 0.952549]],
  ["words", 2.70805, ["lift", 0.065831, -0.15055, 0.373059], ["score_en", 0.181788, 1.131795, 0.041968]],
  ["support", 0.837072, ["lift", 0.104455, 0.002118, -1.796978], ["lift", 0.065831, -0.097797, 1.046196]],
  ["coverage", 0.079981, ["known", 0.333333, -0.07387, 0.825104], ["salient", 0.520677, -0.193021, 0.714275]],
  ["words", 1.386294, ["known_en", 0.0, 1.544543, -0.22566], ["words", 2.197225, -0.23097, 0.207302]],
  ["words", 2.70805, ["lift", 0.065831, -0.143368, 0.359615], ["cosine", 0.358945, 0.059355, 1.129552]],
  ["salient", 0.123231, ["coverage", 0.26038, 0.313578, -0.719593], ["coverage", 0.26038, -0.40585, 0.34243]],
  ["words", 1.386294, ["usual", 0.719832, -0.152498, 1.52628], ["words", 2.197225, -0.21993, 0.195557]],
  ["support", 0.837072, ["lift", 0.104455, 0.003335, -1.681275], ["lift", 0.065831, -0.079815, 1.029147]],
  ["score", 0.321346, ["lexical", 0.192107, 0.089009, 0.913083], ["words", 1.609438, 0.902504, -0.347641]],
  ["support", 0.837072, ["lift", 0.104455, 0.003342, -1.551455], ["score", 0.396426, -0.020399, 1.045464]],
  ["words", 2.70805, ["lift", 0.065831, -0.13809, 0.351648], ["cosine", 0.358945, 0.036493, 1.102763]],
  ["score", 0.321346, ["lexical", 0.192107, 0.087421, 0.872648], ["words", 1.609438, 0.865324, -0.333113]],
  ["usual", 0.728738, ["coverage", 0.371847, -0.05487, -2.067867], ["score", 0.501789, -0.029923, 1.303345]],
  ["salient", 0.123231, ["known_en", 0.0, 0.383184, -0.281243], ["usual", 0.728738, -0.781672, 0.02394]],
  ["lift", 0.065831, ["support", 0.779004, 0.145638, -0.365625], ["usual", 0.734718, -0.238011, 0.896006]],
  ["words", 1.386294, ["usual", 0.719832, -0.134202, 1.44183], ["words", 2.197225, -0.207071, 0.181803]],
  ["coverage", 0.079981, ["known", 0.333333, -0.091933, 0.762213], ["known_en", 0.333333, -0.170887, 0.711279]],
  ["words", 2.70805, ["lift", 0.065831, -0.12916, 0.33531], ["cosine", 0.358945, 0.009577, 1.076951]],
  ["score", 0.321346, ["cosine", 0.380502, -0.061634, 0.47099], ["words", 1.609438, 0.827564, -0.316294]],
  ["usual", 0.713967, ["coverage", 0.371847, -0.289604, -2.050699], ["salient", 0.457632, -0.022968, 0.909374]],
  ["coverage", 0.056828, ["cosine", 0.380502, -0.131775, 0.938808], ["known_en", 0.333333, -0.139651, 0.69342]],
  ["known", 0.909091, ["salient", 0.123231, 0.201999, -0.228505], ["usual", 0.728738, -0.647294, 1.191454]],
  ["words", 2.70805, ["lift", 0.065831, -0.122851, 0.320139], ["score_en", 0.181788, 1.048904, -0.054948]],
  ["usual", 0.713967, ["coverage", 0.371847, -0.286461, -1.928186], ["salient", 0.457632, -0.020088, 0.889952]],
  ["score", 0.321346, ["lexical", 0.192107, 0.074752, 0.834938], ["words", 1.609438, 0.788847, -0.305073]],
  ["words", 1.386294, ["known_en", 0.0, 1.314663, -0.267242], ["words", 2.197225, -0.199759, 0.176271]],
  ["support", 0.837072, ["lift", 0.104455, 0.005692, -1.29159], ["score", 0.396426, -0.042947, 1.004073]],
  ["words", 2.70805, ["lift", 0.065831, -0.118277, 0.311842], ["score_en", 0.181788, 1.028402, -0.061403]],
  ["usual", 0.728738, ["coverage", 0.371847, -0.037921, -1.805072], ["score", 0.501789, -0.027838, 1.272623]],
  ["score", 0.321346, ["salient", 0.170335, 0.048254, 0.663149], ["coverage", 0.0, 1.855132, -0.223498]],
  ["salient", 0.123231, ["score_en", 0.181788, 0.370347, -0.239764], ["coverage", 0.26038, -0.356654, 0.327972]],
  ["coverage", 0.079981, ["known", 0.333333, -0.094891, 0.696081], ["known_en", 0.333333, -0.157377, 0.680167]],
  ["known", 0.909091, ["score", 0.321346, 0.160973, -0.228825], ["usual", 0.728738, -0.596009, 1.171163]],
  ["usual", 0.713967, ["known", 0.454545, -0.125465, -1.185921], ["salient", 0.457632, -0.018094, 0.86303]],
  ["words", 1.386294, ["score", 0.260385, 0.00294, 1.411951], ["words", 2.197225, -0.190182, 0.166452]],
  ["lift", 0.065831, ["support", 0.779004, 0.130052, -0.32435], ["usual", 0.740387, -0.109182, 0.978801]],
  ["words", 2.70805, ["lift", 0.065831, -0.109823, 0.29473], ["cosine", 0.358945, -0.047312, 1.02541]],
  ["usual", 0.728738, ["coverage", 0.371847, -0.034926, -1.677722], ["score", 0.501789, -0.023046, 1.25542]],
  ["score", 0.321346, ["cosine", 0.380502, -0.067732, 0.422468], ["coverage", 0.0, 1.775258, -0.210445]],
  ["words", 1.386294, ["known_en", 0.0, 1.223055, -0.265377], ["words", 2.197225, -0.181044, 0.158036]],
  ["known", 0.909091, ["salient", 0.123231, 0.171943, -0.196328], ["usual", 0.728738, -0.532587, 1.153422]],
  ["lift", 0.065831, ["cosine", 0.405816, 0.123213, -0.319338], ["usual", 0.740387, -0.098116, 0.946426]],
  ["usual", 0.713967, ["known", 0.454545, -0.116846, -1.099959], ["salient", 0.457632, -0.015646, 0.839101]],
  ["words", 2.70805, ["lift", 0.065831, -0.102174, 0.276516], ["lexical", 0.137317, -0.077362, 0.998133]],
  ["words", 1.386294, ["score", 0.260385, -0.003011, 1.359692], ["words", 2.197225, -0.174378, 0.150892]],
  ["coverage", 0.536096, ["salient", 0.123231, 0.171842, -0.179947], ["salient", 0.0, -0.517105, 1.092825]],
  ["usual", 0.728738, ["coverage", 0.371847, -0.029026, -1.561458], ["score", 0.501789, -0.020397, 1.237081]],
  ["known_en", 0.333333, ["words", 2.484907, -0.113206, 0.407542], ["cosine", 0.339298, -0.766075, 1.001653]],
  ["score", 0.321346, ["salient", 0.170335, 0.018225, 0.665112], ["coverage", 0.0, 1.703623, -0.200408]],
  ["known", 0.909091, ["known", 0.75, 0.050181, -0.405247], ["usual", 0.728738, -0.478055, 1.133585]],
  ["words", 1.386294, ["score", 0.260385, -0.002462, 1.323816], ["known_en", 0.333333, -0.057991, 0.600727]],
  ["usual", 0.728738, ["coverage", 0.371847, -0.033136, -1.451953], ["score", 0.501789, -0.017191, 1.216292]],
  ["words", 2.70805, ["lift", 0.065831, -0.095972, 0.267563], ["score_en", 0.181788, 0.970667, -0.114533]],
  ["usual", 0.713967, ["words", 2.397895, -0.590593, 0.486022], ["salient", 0.457632, -0.012969, 0.813433]],
  ["score", 0.321346, ["salient", 0.170335, 0.023271, 0.637101], ["salient", 0.043909, 0.928909, -0.244045]],
  ["coverage", 0.056828, ["cosine", 0.380502, -0.162097, 0.827923], ["cosine", 0.405816, 0.152952, -0.254361]],
  ["known", 0.909091, ["salient", 0.123231, 0.152791, -0.174409], ["usual", 0.728738, -0.431548, 1.116703]],
  ["usual", 0.728738, ["coverage", 0.371847, -0.031791, -1.364582], ["score", 0.501789, -0.01573, 1.198285]]
 ]
}
