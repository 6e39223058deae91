"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 1.7698839845750287,
 "coef": {
  "cosine": -0.35319516469166207,
  "coverage": 1.262696599362979,
  "lexical": -0.2570521479248797,
  "known": 0.17691396172725068,
  "kind": -0.10969408088125802,
  "kind_list": 0.17540305084097263,
  "score": 0.20110981477803078,
  "english": -0.6535700950710284,
  "words": 1.1551011819574093,
  "score_en": 1.000761344551771,
  "support": 0.8008008094941039,
  "lift": 1.4262893775519268,
  "agree": -0.1567068877404566,
  "known_en": 0.8394470187557302,
  "usual": 0.17620629428719797
 },
 "mean": {
  "cosine": 0.45098116144925426,
  "coverage": 0.4006547730209103,
  "lexical": 0.19165030477243072,
  "known": 0.6707677175032207,
  "kind": 0.1111111111111111,
  "kind_list": 0.04964539007092199,
  "score": 0.466191847857977,
  "english": 0.2777777777777778,
  "words": 1.9397109122526868,
  "score_en": 0.11766390196464421,
  "support": 0.8232603461211568,
  "lift": 0.08588872064721433,
  "agree": 0.5094562647754137,
  "known_en": 0.1156319950541895,
  "usual": 0.7437835649819425
 },
 "scale": {
  "cosine": 0.0790276657250268,
  "coverage": 0.3375344399881824,
  "lexical": 0.09317568232481009,
  "known": 0.3065570447756112,
  "kind": 0.31426968052735466,
  "kind_list": 0.21721124583139834,
  "score": 0.20978183662651365,
  "english": 0.44790320823881,
  "words": 0.474519190428456,
  "score_en": 0.22036006239207118,
  "support": 0.05276076133797758,
  "lift": 0.04331234585640944,
  "agree": 0.49991057105895925,
  "known_en": 0.24411664917923528,
  "usual": 0.02437413654156971
 },
 "rate": 0.05,
 "threshold": 0.5,
 "closest": 0.1,
 "ratio": 0.4,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.05,
  "lexical": 0.5,
  "name": 0.25,
  "kind": 0.15,
  "document_penalty": 0.1,
  "cos_floor": 0.2,
  "cos_ceiling": 0.6,
  "late": 16.0
 },
 "need": {
  "model": {
   "intercept": 0.8861380395627309,
   "coef": {
    "cosine": -0.1677335197710408,
    "coverage": 0.1805420274218008,
    "lexical": 1.121545097392742,
    "known": 0.5929160291554729,
    "score": 0.20020814567588927,
    "english": 0.7697198440623844,
    "support": 0.8445433462859897,
    "lift": 0.7022848482765148,
    "word_lift": 0.02762884438792719
   },
   "mean": {
    "cosine": 0.4437616546788523,
    "coverage": 0.289957345552659,
    "lexical": 0.22005381076919164,
    "known": 0.6510698374812932,
    "score": 0.4209354018756394,
    "english": 0.16129032258064516,
    "support": 0.8093296430583171,
    "lift": 0.06652544218043854,
    "word_lift": 0.06050898595362581
   },
   "scale": {
    "cosine": 0.06574386210282276,
    "coverage": 0.2409356289874165,
    "lexical": 0.09730368078544971,
    "known": 0.26740916757485117,
    "score": 0.14976416304975843,
    "english": 0.36779852422552806,
    "support": 0.04293900959948837,
    "lift": 0.03179695149317435,
    "word_lift": 0.02494684834789499
   }
  },
  "l2": 3.0,
  "threshold": 0.45,
  "thresholds": {
   "fr": 0.55,
   "en": 0.3
  },
  "closest": 0.1,
  "cross_validated_dev": {
   "threshold": [
    0.3,
    0.55
   ],
   "items": 372,
   "covered": 241,
   "uncovered": 131,
   "auc": 0.8781,
   "answered": 0.7717842323651453,
   "declined": 0.8396946564885496,
   "profiles": {
    "covered": 94,
    "uncovered": 43,
    "answered": 0.8829787234042553,
    "declined": 0.9302325581395349,
    "covered_answered_count": 83,
    "uncovered_declined_count": 40,
    "covered_closest_count": 10,
    "uncovered_closest_count": 33,
    "auc": 0.9332,
    "ndcg@5": 0.808500939836049,
    "recall@5": 0.8351063829787234,
    "ndcg@5 closest counted": 0.8727089284636864,
    "recall@5 closest counted": 0.9042553191489362
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.884,
     0.603
    ],
    "0.35": [
     0.867,
     0.687
    ],
    "0.4": [
     0.842,
     0.756
    ],
    "0.45": [
     0.813,
     0.794
    ],
    "0.5": [
     0.768,
     0.84
    ],
    "0.55": [
     0.743,
     0.908
    ],
    "0.6": [
     0.73,
     0.924
    ],
    "0.65": [
     0.685,
     0.939
    ],
    "0.7": [
     0.639,
     0.954
    ],
    "0.75": [
     0.593,
     0.969
    ],
    "0.8": [
     0.519,
     0.977
    ],
    "0.85": [
     0.477,
     0.985
    ],
    "0.9": [
     0.427,
     0.985
    ]
   }
  },
  "grouped_cross_validated_dev": {
   "all": {
    "threshold": [
     0.3,
     0.5,
     0.55
    ],
    "items": 372,
    "covered": 241,
    "uncovered": 131,
    "auc": 0.8787,
    "answered": 0.7759336099585062,
    "declined": 0.8396946564885496,
    "profiles": {
     "covered": 94,
     "uncovered": 43,
     "answered": 0.8829787234042553,
     "declined": 0.9534883720930233,
     "covered_answered_count": 83,
     "uncovered_declined_count": 41,
     "covered_closest_count": 10,
     "uncovered_closest_count": 36,
     "auc": 0.9312,
     "ndcg@5": 0.8085009398360488,
     "recall@5": 0.8351063829787234,
     "ndcg@5 closest counted": 0.8735344206101493,
     "recall@5 closest counted": 0.9042553191489362
    },
    "curve (threshold: answered, declined)": {
     "0.3": [
      0.867,
      0.664
     ],
     "0.35": [
      0.846,
      0.702
     ],
     "0.4": [
      0.826,
      0.756
     ],
     "0.45": [
      0.776,
      0.824
     ],
     "0.5": [
      0.768,
      0.863
     ],
     "0.55": [
      0.751,
      0.893
     ],
     "0.6": [
      0.722,
      0.931
     ],
     "0.65": [
      0.664,
      0.969
     ],
     "0.7": [
      0.602,
      0.977
     ],
     "0.75": [
      0.581,
      0.977
     ],
     "0.8": [
      0.515,
      0.977
     ],
     "0.85": [
      0.465,
      0.985
     ],
     "0.9": [
      0.411,
      0.985
     ]
    }
   },
   "by file": {
    "adjacent_lists.jsonl": {
     "threshold": [
      0.3,
      0.5
     ],
     "items": 27,
     "covered": 0,
     "uncovered": 27,
     "auc": 0.0,
     "answered": 0.0,
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
       0.0,
       0.704
      ],
      "0.35": [
       0.0,
       0.741
      ],
      "0.4": [
       0.0,
       0.815
      ],
      "0.45": [
       0.0,
       0.889
      ],
      "0.5": [
       0.0,
       0.926
      ],
      "0.55": [
       0.0,
       0.926
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
      0.3,
      0.55
     ],
     "items": 42,
     "covered": 30,
     "uncovered": 12,
     "auc": 1.0,
     "answered": 1.0,
     "declined": 1.0,
     "profiles": {
      "covered": 30,
      "uncovered": 12,
      "answered": 1.0,
      "declined": 1.0,
      "covered_answered_count": 30,
      "uncovered_declined_count": 12,
      "covered_closest_count": 0,
      "uncovered_closest_count": 10,
      "auc": 1.0,
      "ndcg@5": 0.9352301402964344,
      "recall@5": 0.961111111111111,
      "ndcg@5 closest counted": 0.9352301402964344,
      "recall@5 closest counted": 0.961111111111111
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.75
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
       0.917
      ],
      "0.55": [
       1.0,
       1.0
      ],
      "0.6": [
       0.967,
       1.0
      ],
      "0.65": [
       0.933,
       1.0
      ],
      "0.7": [
       0.833,
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
       0.767,
       1.0
      ],
      "0.9": [
       0.6,
       1.0
      ]
     }
    },
    "profiles_blind2.jsonl": {
     "threshold": [
      0.3,
      0.55
     ],
     "items": 56,
     "covered": 38,
     "uncovered": 18,
     "auc": 0.8699,
     "answered": 0.7368421052631579,
     "declined": 0.9444444444444444,
     "profiles": {
      "covered": 38,
      "uncovered": 18,
      "answered": 0.7368421052631579,
      "declined": 0.9444444444444444,
      "covered_answered_count": 28,
      "uncovered_declined_count": 17,
      "covered_closest_count": 10,
      "uncovered_closest_count": 17,
      "auc": 0.8699,
      "ndcg@5": 0.6586231990006528,
      "recall@5": 0.6622807017543859,
      "ndcg@5 closest counted": 0.8194954935471123,
      "recall@5 closest counted": 0.8333333333333333
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.842,
       0.667
      ],
      "0.35": [
       0.816,
       0.667
      ],
      "0.4": [
       0.816,
       0.778
      ],
      "0.45": [
       0.763,
       0.833
      ],
      "0.5": [
       0.737,
       0.889
      ],
      "0.55": [
       0.711,
       0.944
      ],
      "0.6": [
       0.684,
       1.0
      ],
      "0.65": [
       0.632,
       1.0
      ],
      "0.7": [
       0.553,
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
       0.342,
       1.0
      ],
      "0.9": [
       0.237,
       1.0
      ]
     }
    },
    "profiles_dev.jsonl": {
     "threshold": [
      0.3,
      0.55
     ],
     "items": 16,
     "covered": 8,
     "uncovered": 8,
     "auc": 0.9688,
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
      "auc": 0.9688,
      "ndcg@5": 0.8878794030835042,
      "recall@5": 1.0,
      "ndcg@5 closest counted": 0.8878794030835042,
      "recall@5 closest counted": 1.0
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.75
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
       0.875,
       0.875
      ],
      "0.5": [
       0.875,
       1.0
      ],
      "0.55": [
       0.875,
       1.0
      ],
      "0.6": [
       0.75,
       1.0
      ],
      "0.65": [
       0.625,
       1.0
      ],
      "0.7": [
       0.5,
       1.0
      ],
      "0.75": [
       0.5,
       1.0
      ],
      "0.8": [
       0.375,
       1.0
      ],
      "0.85": [
       0.375,
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
      0.3,
      0.55
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
      "ndcg@5": 0.8784148527223731,
      "recall@5": 0.9166666666666666,
      "ndcg@5 closest counted": 0.8784148527223731,
      "recall@5 closest counted": 0.9166666666666666
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.944,
       0.6
      ],
      "0.35": [
       0.944,
       0.6
      ],
      "0.4": [
       0.944,
       0.6
      ],
      "0.45": [
       0.944,
       0.6
      ],
      "0.5": [
       0.944,
       0.6
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
       1.0
      ],
      "0.7": [
       0.889,
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
       0.722,
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
      0.3,
      0.55
     ],
     "items": 64,
     "covered": 51,
     "uncovered": 13,
     "auc": 0.9382,
     "answered": 0.9215686274509803,
     "declined": 0.7692307692307693,
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
       0.615
      ],
      "0.35": [
       0.941,
       0.692
      ],
      "0.4": [
       0.941,
       0.769
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
       0.923
      ],
      "0.65": [
       0.843,
       0.923
      ],
      "0.7": [
       0.824,
       0.923
      ],
      "0.75": [
       0.824,
       0.923
      ],
      "0.8": [
       0.784,
       0.923
      ],
      "0.85": [
       0.745,
       1.0
      ],
      "0.9": [
       0.725,
       1.0
      ]
     }
    },
    "questions_blind.jsonl": {
     "threshold": [
      0.3,
      0.5
     ],
     "items": 40,
     "covered": 28,
     "uncovered": 12,
     "auc": 0.6964,
     "answered": 0.39285714285714285,
     "declined": 0.6666666666666666,
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
       0.679,
       0.417
      ],
      "0.35": [
       0.643,
       0.5
      ],
      "0.4": [
       0.607,
       0.583
      ],
      "0.45": [
       0.393,
       0.833
      ],
      "0.5": [
       0.393,
       0.833
      ],
      "0.55": [
       0.393,
       0.917
      ],
      "0.6": [
       0.357,
       0.917
      ],
      "0.65": [
       0.357,
       0.917
      ],
      "0.7": [
       0.214,
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
       0.143,
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
     "auc": 0.8022,
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
       0.8,
       0.733
      ],
      "0.35": [
       0.767,
       0.733
      ],
      "0.4": [
       0.767,
       0.8
      ],
      "0.45": [
       0.7,
       0.8
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
       0.667,
       0.867
      ],
      "0.65": [
       0.533,
       0.933
      ],
      "0.7": [
       0.5,
       0.933
      ],
      "0.75": [
       0.467,
       0.933
      ],
      "0.8": [
       0.367,
       0.933
      ],
      "0.85": [
       0.333,
       0.933
      ],
      "0.9": [
       0.267,
       0.933
      ]
     }
    },
    "questions_blind3.jsonl": {
     "threshold": [
      0.3,
      0.55
     ],
     "items": 59,
     "covered": 38,
     "uncovered": 21,
     "auc": 0.8183,
     "answered": 0.631578947368421,
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
       0.816,
       0.667
      ],
      "0.35": [
       0.763,
       0.762
      ],
      "0.4": [
       0.658,
       0.762
      ],
      "0.45": [
       0.632,
       0.81
      ],
      "0.5": [
       0.605,
       0.81
      ],
      "0.55": [
       0.553,
       0.81
      ],
      "0.6": [
       0.526,
       0.905
      ],
      "0.65": [
       0.447,
       1.0
      ],
      "0.7": [
       0.421,
       1.0
      ],
      "0.75": [
       0.368,
       1.0
      ],
      "0.8": [
       0.237,
       1.0
      ],
      "0.85": [
       0.211,
       1.0
      ],
      "0.9": [
       0.184,
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
   "items": 372,
   "covered": 241,
   "uncovered": 131,
   "auc": 0.8645,
   "answered": 0.7551867219917012,
   "declined": 0.7633587786259542,
   "profiles": {
    "covered": 94,
    "uncovered": 43,
    "answered": 0.9574468085106383,
    "declined": 0.37209302325581395,
    "covered_answered_count": 90,
    "uncovered_declined_count": 16,
    "covered_closest_count": 3,
    "uncovered_closest_count": 14,
    "auc": 0.8323,
    "ndcg@5": 0.8708255033917944,
    "recall@5": 0.9095744680851063,
    "ndcg@5 closest counted": 0.8873514846996614,
    "recall@5 closest counted": 0.9308510638297872
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.967,
     0.473
    ],
    "0.35": [
     0.954,
     0.534
    ],
    "0.4": [
     0.946,
     0.55
    ],
    "0.45": [
     0.934,
     0.603
    ],
    "0.5": [
     0.921,
     0.626
    ],
    "0.55": [
     0.905,
     0.656
    ],
    "0.6": [
     0.888,
     0.664
    ],
    "0.65": [
     0.859,
     0.687
    ],
    "0.7": [
     0.793,
     0.718
    ],
    "0.75": [
     0.755,
     0.763
    ],
    "0.8": [
     0.718,
     0.809
    ],
    "0.85": [
     0.676,
     0.824
    ],
    "0.9": [
     0.585,
     0.847
    ]
   }
  }
 },
 "ratio_list": 0.3,
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 836,
  "of_which": {
   "tests/eval/questions.jsonl": 237,
   "tests/eval/questions_blind.jsonl": 162,
   "tests/eval/questions_blind2.jsonl": 181,
   "tests/eval/questions_blind3.jsonl": 229,
   "tests/eval/adjacent_lists.jsonl": 27
  },
  "in_scope": 670,
  "declinable": 166,
  "profile_needs": {
   "file": "tests/eval/profiles_v2.jsonl",
   "split": "dev",
   "covered": 18,
   "uncovered": 5
  },
  "date": "2026-12-01 01:19 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8319,
  "ranking_cross_validated_dev": {
   "folds": 5,
   "questions": 670,
   "held out": "one file at a time",
   "without late": {
    "late weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "all": {
     "n": 670,
     "ndcg@5": 0.765,
     "recall@5": 0.8098
    },
    "english": {
     "n": 107,
     "ndcg@5": 0.8352,
     "recall@5": 0.8665
    },
    "fact": {
     "n": 67,
     "ndcg@5": 0.9353,
     "recall@5": 0.9328
    },
    "list": {
     "n": 66,
     "ndcg@5": 0.7984,
     "recall@5": 0.7995
    },
    "name": {
     "n": 68,
     "ndcg@5": 0.9515,
     "recall@5": 0.9608
    },
    "need": {
     "n": 147,
     "ndcg@5": 0.7566,
     "recall@5": 0.793
    },
    "paraphrase": {
     "n": 125,
     "ndcg@5": 0.4995,
     "recall@5": 0.6307
    },
    "strategy": {
     "n": 90,
     "ndcg@5": 0.7716,
     "recall@5": 0.8202
    },
    "language fr": {
     "n": 513,
     "ndcg@5": 0.7547,
     "recall@5": 0.8018
    },
    "language en": {
     "n": 157,
     "ndcg@5": 0.7985,
     "recall@5": 0.8357
    }
   },
   "with late": {
    "late weight per fold": [
     4.0,
     16.0,
     16.0,
     6.0,
     12.0
    ],
    "all": {
     "n": 670,
     "ndcg@5": 0.8062,
     "recall@5": 0.8423
    },
    "english": {
     "n": 107,
     "ndcg@5": 0.8743,
     "recall@5": 0.9017
    },
    "fact": {
     "n": 67,
     "ndcg@5": 0.9406,
     "recall@5": 0.9403
    },
    "list": {
     "n": 66,
     "ndcg@5": 0.8007,
     "recall@5": 0.801
    },
    "name": {
     "n": 68,
     "ndcg@5": 0.9616,
     "recall@5": 0.9608
    },
    "need": {
     "n": 147,
     "ndcg@5": 0.7983,
     "recall@5": 0.807
    },
    "paraphrase": {
     "n": 125,
     "ndcg@5": 0.5902,
     "recall@5": 0.7213
    },
    "strategy": {
     "n": 90,
     "ndcg@5": 0.8248,
     "recall@5": 0.8652
    },
    "language fr": {
     "n": 513,
     "ndcg@5": 0.7943,
     "recall@5": 0.8321
    },
    "language en": {
     "n": 157,
     "ndcg@5": 0.8451,
     "recall@5": 0.8756
    }
   }
  },
  "ranking_grouped_cross_validated_dev": {
   "folds": 4,
   "questions": 670,
   "held out": "one file at a time",
   "without late": {
    "late weight per fold": [
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "all": {
     "n": 670,
     "ndcg@5": 0.7633,
     "recall@5": 0.8169
    },
    "english": {
     "n": 107,
     "ndcg@5": 0.8301,
     "recall@5": 0.8692
    },
    "fact": {
     "n": 67,
     "ndcg@5": 0.9248,
     "recall@5": 0.9478
    },
    "list": {
     "n": 66,
     "ndcg@5": 0.7814,
     "recall@5": 0.7851
    },
    "name": {
     "n": 68,
     "ndcg@5": 0.9521,
     "recall@5": 0.9608
    },
    "need": {
     "n": 147,
     "ndcg@5": 0.7534,
     "recall@5": 0.7916
    },
    "paraphrase": {
     "n": 125,
     "ndcg@5": 0.5042,
     "recall@5": 0.6507
    },
    "strategy": {
     "n": 90,
     "ndcg@5": 0.7837,
     "recall@5": 0.8443
    },
    "language fr": {
     "n": 513,
     "ndcg@5": 0.7542,
     "recall@5": 0.8114
    },
    "language en": {
     "n": 157,
     "ndcg@5": 0.7929,
     "recall@5": 0.8349
    }
   },
   "with late": {
    "late weight per fold": [
     4.0,
     12.0,
     4.0,
     16.0
    ],
    "all": {
     "n": 670,
     "ndcg@5": 0.8034,
     "recall@5": 0.8437
    },
    "english": {
     "n": 107,
     "ndcg@5": 0.8664,
     "recall@5": 0.907
    },
    "fact": {
     "n": 67,
     "ndcg@5": 0.9464,
     "recall@5": 0.9552
    },
    "list": {
     "n": 66,
     "ndcg@5": 0.7992,
     "recall@5": 0.8025
    },
    "name": {
     "n": 68,
     "ndcg@5": 0.9582,
     "recall@5": 0.9608
    },
    "need": {
     "n": 147,
     "ndcg@5": 0.798,
     "recall@5": 0.8206
    },
    "paraphrase": {
     "n": 125,
     "ndcg@5": 0.5809,
     "recall@5": 0.7053
    },
    "strategy": {
     "n": 90,
     "ndcg@5": 0.8259,
     "recall@5": 0.8569
    },
    "language fr": {
     "n": 513,
     "ndcg@5": 0.7927,
     "recall@5": 0.8333
    },
    "language en": {
     "n": 157,
     "ndcg@5": 0.8384,
     "recall@5": 0.8776
    }
   }
  },
  "decision_cross_validated_dev": {
   "auc": 0.9383,
   "answered": 0.8488372093023255,
   "declined": 0.8830409356725146,
   "closest_offered": {
    "in_scope": 0.13372093023255813,
    "declinable": 0.4502923976608187,
    "all": 0.19674039580908032
   },
   "relevant_among_closest": 0.6521739130434783,
   "folds": 5,
   "threshold": 0.5,
   "closest": 0.1,
   "questions": 859,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.936,
     0.608
    ],
    "0.3": [
     0.914,
     0.743
    ],
    "0.4": [
     0.884,
     0.813
    ],
    "0.5": [
     0.849,
     0.883
    ],
    "0.6": [
     0.81,
     0.918
    ],
    "0.7": [
     0.765,
     0.959
    ],
    "0.8": [
     0.692,
     0.994
    ]
   }
  },
  "decision_grouped_cross_validated_dev": {
   "auc": 0.9187,
   "answered": 0.8474,
   "declined": 0.8538,
   "closest_offered": {
    "in_scope": 0.12790697674418605,
    "declinable": 0.40350877192982454,
    "all": 0.18277066356228172
   },
   "relevant_among_closest": 0.7011494252873564,
   "folds": 5,
   "threshold": 0.5,
   "closest": 0.1,
   "questions": 859,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.929,
     0.567
    ],
    "0.3": [
     0.91,
     0.725
    ],
    "0.4": [
     0.879,
     0.795
    ],
    "0.5": [
     0.847,
     0.854
    ],
    "0.6": [
     0.805,
     0.895
    ],
    "0.7": [
     0.744,
     0.93
    ],
    "0.8": [
     0.683,
     0.953
    ]
   },
   "nested": {
    "answered": 0.8503,
    "declined": 0.8538
   },
   "files": {
    "adjacent_lists.jsonl": {
     "questions": 27,
     "auc": None,
     "threshold": 0.5,
     "answered": None,
     "declined": 0.7407
    },
    "profiles_v2.jsonl": {
     "questions": 23,
     "auc": 0.9444,
     "threshold": 0.5,
     "answered": 0.9444,
     "declined": 0.8
    },
    "questions.jsonl": {
     "questions": 237,
     "auc": 0.9521,
     "threshold": 0.5,
     "answered": 0.8238,
     "declined": 0.9091
    },
    "questions_blind.jsonl": {
     "questions": 162,
     "auc": 0.9471,
     "threshold": 0.5,
     "answered": 0.8309,
     "declined": 0.9231
    },
    "questions_blind2.jsonl": {
     "questions": 181,
     "auc": 0.9417,
     "threshold": 0.45,
     "answered": 0.88,
     "declined": 0.8387
    },
    "questions_blind3.jsonl": {
     "questions": 229,
     "auc": 0.922,
     "threshold": 0.55,
     "answered": 0.8586,
     "declined": 0.8421
    }
   }
  },
  "need_point": {
   "profiles": [
    "tests/eval/profiles_v2.jsonl",
    "tests/eval/profiles_dev.jsonl",
    "tests/eval/profiles_blind.jsonl",
    "tests/eval/profiles_blind2.jsonl"
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
   "more_profiles_held_out": 114
  }
 },
 "trees": [
  ["words", 2.484907, ["words", 1.609438, 0.779123, -0.304875], ["support", 0.818768, 1.491825, 0.284216]],
  ["words", 2.197225, ["words", 1.609438, 0.738813, -0.583823], ["usual", 0.759631, 1.048805, -0.88229]],
  ["words", 2.484907, ["words", 1.609438, 0.700751, -0.280234], ["support", 0.818768, 1.401561, 0.278299]],
  ["words", 2.197225, ["words", 1.609438, 0.664798, -0.545956], ["usual", 0.759631, 0.99305, -0.832554]],
  ["words", 2.484907, ["words", 1.609438, 0.630822, -0.257639], ["support", 0.818768, 1.321133, 0.273013]],
  ["words", 2.197225, ["words", 1.609438, 0.598703, -0.510606], ["usual", 0.759631, 0.941375, -0.786696]],
  ["words", 2.484907, ["known", 0.888889, -0.201864, 0.816077], ["support", 0.818768, 1.248828, 0.268273]],
  ["words", 2.197225, ["words", 1.609438, 0.569604, -0.482681], ["usual", 0.759631, 0.890561, -0.752902]],
  ["words", 2.484907, ["known", 0.888889, -0.189311, 0.78806], ["coverage", 0.083869, 0.610269, 1.315214]],
  ["words", 2.197225, ["words", 1.609438, 0.541946, -0.456285], ["usual", 0.759631, 0.844552, -0.721579]],
  ["words", 2.484907, ["words", 1.386294, 1.47629, -0.137559], ["coverage", 0.083869, 0.569308, 1.267791]],
  ["words", 2.197225, ["words", 1.609438, 0.511689, -0.429896], ["usual", 0.759631, 0.801171, -0.687265]],
  ["words", 2.484907, ["known", 0.888889, -0.169653, 0.756678], ["known", 0.444444, 0.478527, 1.203826]],
  ["words", 2.197225, ["coverage", 0.0, 1.125202, -0.315134], ["usual", 0.759631, 0.761125, -0.66015]],
  ["words", 2.484907, ["lift", 0.069802, -0.21328, 0.447422], ["cosine", 0.3776, 0.431266, 1.170032]],
  ["words", 2.484907, ["usual", 0.725946, -0.617862, 0.067402], ["known", 0.444444, 0.41968, 1.148902]],
  ["words", 2.197225, ["coverage", 0.0, 1.059182, -0.295732], ["usual", 0.755343, 0.765584, -0.526616]],
  ["words", 2.484907, ["words", 1.386294, 1.415237, -0.113534], ["cosine", 0.3776, 0.373587, 1.120302]],
  ["usual", 0.725946, ["cosine", 0.420259, -0.150955, -1.537529], ["lift", 0.069802, -0.062807, 1.141079]],
  ["words", 2.197225, ["words", 1.609438, 0.492669, -0.37577], ["usual", 0.755343, 0.731205, -0.505869]],
  ["usual", 0.725946, ["cosine", 0.420259, -0.147536, -1.44878], ["lift", 0.069802, -0.059084, 1.119664]],
  ["words", 2.484907, ["known", 0.888889, -0.144846, 0.739033], ["lexical", 0.150249, 0.358914, 1.105032]],
  ["words", 2.197225, ["coverage", 0.0, 0.991481, -0.27263], ["usual", 0.759631, 0.660517, -0.604432]],
  ["usual", 0.725946, ["known_en", 0.333333, -0.727445, 0.759177], ["lift", 0.069802, -0.05464, 1.097575]],
  ["words", 2.484907, ["words", 1.386294, 1.343785, -0.102271], ["cosine", 0.3776, 0.312056, 1.070056]],
  ["words", 2.197225, ["words", 1.609438, 0.459949, -0.343628], ["usual", 0.755343, 0.673664, -0.477878]],
  ["usual", 0.725946, ["known_en", 0.333333, -0.702128, 0.723498], ["lift", 0.069802, -0.050557, 1.077307]],
  ["words", 2.484907, ["known", 0.888889, -0.130703, 0.716677], ["lexical", 0.150249, 0.299554, 1.057422]],
  ["coverage", 0.104593, ["known_en", 0.0, 0.869121, -0.25585], ["known", 0.888889, -0.23482, 0.70816]],
  ["usual", 0.725946, ["known_en", 0.333333, -0.677527, 0.710468], ["lift", 0.069802, -0.046055, 1.057346]],
  ["words", 2.197225, ["coverage", 0.0, 0.900439, -0.25348], ["known", 0.2, -0.649777, 0.593604]],
  ["words", 1.386294, ["usual", 0.718813, -0.167603, 1.625516], ["words", 2.197225, -0.204082, 0.317266]],
  ["words", 2.484907, ["words", 1.386294, 1.222867, -0.089439], ["cosine", 0.3776, 0.274561, 1.016703]],
  ["usual", 0.725946, ["agree", 0.0, 0.026302, -1.053891], ["lift", 0.063975, -0.094981, 0.826382]],
  ["coverage", 0.104593, ["known_en", 0.0, 0.8067, -0.242123], ["known", 0.888889, -0.220829, 0.683249]],
  ["words", 2.484907, ["words", 1.386294, 1.166889, -0.085529], ["coverage", 0.083869, 0.29012, 1.020712]],
  ["words", 2.484907, ["known", 0.888889, -0.109217, 0.649365], ["cosine", 0.3776, 0.25256, 0.986714]],
  ["usual", 0.725946, ["known_en", 0.333333, -0.628809, 0.708529], ["lift", 0.069802, -0.042578, 1.021218]],
  ["coverage", 0.104593, ["known_en", 0.0, 0.769273, -0.228508], ["usual", 0.725946, -0.698947, 0.020556]],
  ["words", 2.197225, ["coverage", 0.0, 0.772392, -0.227126], ["usual", 0.755343, 0.63171, -0.525929]],
  ["words", 1.386294, ["usual", 0.718813, -0.200157, 1.483605], ["words", 2.197225, -0.180052, 0.284891]],
  ["known", 0.888889, ["known", 0.75, 0.094342, -0.709061], ["usual", 0.725946, -0.753682, 1.133791]],
  ["words", 2.484907, ["lift", 0.069802, -0.142326, 0.372641], ["lexical", 0.150249, 0.222888, 0.969347]],
  ["words", 1.386294, ["usual", 0.718813, -0.194792, 1.437511], ["words", 2.197225, -0.171936, 0.271728]],
  ["usual", 0.725946, ["known_en", 0.333333, -0.592706, 0.724978], ["lift", 0.063975, -0.092446, 0.787471]],
  ["words", 2.484907, ["known", 0.888889, -0.097714, 0.620861], ["coverage", 0.083869, 0.222163, 0.960879]],
  ["words", 1.386294, ["usual", 0.718813, -0.193133, 1.395903], ["words", 2.197225, -0.164959, 0.261721]],
  ["coverage", 0.104593, ["known_en", 0.0, 0.713284, -0.256345], ["usual", 0.725946, -0.6404, 0.023054]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.075489, -0.606291], ["lexical", 0.116702, -0.39116, 1.323318]],
  ["known", 0.888889, ["known", 0.75, 0.094718, -0.67782], ["usual", 0.725946, -0.714395, 1.102026]],
  ["words", 2.484907, ["lift", 0.069802, -0.13302, 0.359844], ["cosine", 0.3776, 0.18833, 0.926623]],
  ["score", 0.298174, ["known_en", 0.0, 0.609104, -0.415942], ["words", 1.609438, 0.918362, -0.322473]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.06931, -0.576168], ["lexical", 0.116702, -0.373564, 1.295908]],
  ["coverage", 0.104593, ["lexical", 0.170676, 0.144753, 1.592148], ["usual", 0.725946, -0.627763, 0.019186]],
  ["lexical", 0.103205, ["support", 0.759507, -0.508082, 0.966434], ["known", 0.333333, -0.663933, 0.070332]],
  ["score", 0.28329, ["known_en", 0.0, 0.825135, -0.449129], ["words", 1.609438, 0.69415, -0.253109]],
  ["words", 2.197225, ["lexical", 0.130651, 0.221676, -0.324889], ["usual", 0.755343, 0.582227, -0.528646]],
  ["known_en", 0.333333, ["usual", 0.725946, -0.535649, 0.065298], ["lexical", 0.116702, -0.35971, 1.275198]],
  ["lift", 0.069802, ["score", 0.298174, 0.182178, -0.280828], ["usual", 0.725946, -0.389329, 0.966747]],
  ["words", 2.484907, ["lift", 0.063975, -0.153626, 0.274331], ["cosine", 0.3776, 0.176047, 0.908499]],
  ["words", 2.197225, ["lexical", 0.130651, 0.209105, -0.312243], ["usual", 0.755343, 0.558173, -0.503113]],
  ["known", 0.888889, ["known", 0.75, 0.080062, -0.602256], ["usual", 0.725946, -0.686155, 1.075984]],
  ["support", 0.844323, ["cosine", 0.420259, 0.138809, -0.276007], ["known_en", 0.666667, 0.817393, 0.001704]],
  ["words", 1.386294, ["cosine", 0.3776, -0.191403, 1.236603], ["words", 2.197225, -0.154646, 0.240318]],
  ["lift", 0.069802, ["known", 0.333333, -0.437655, 0.051261], ["usual", 0.725946, -0.367123, 0.942933]],
  ["words", 2.484907, ["lift", 0.063975, -0.145529, 0.263844], ["cosine", 0.3776, 0.147424, 0.888582]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.066529, -0.548799], ["lexical", 0.116702, -0.386033, 1.251024]],
  ["cosine", 0.420259, ["words", 2.197225, -0.081358, 0.555465], ["coverage", 0.268732, -0.490419, 0.502767]],
  ["lexical", 0.103205, ["lift", 0.037768, -0.586773, 0.877966], ["known", 0.333333, -0.628588, 0.065506]],
  ["coverage", 0.104593, ["lexical", 0.170676, 0.12191, 1.529864], ["coverage", 0.268732, -0.254458, 0.24333]],
  ["known_en", 0.333333, ["usual", 0.725946, -0.500716, 0.064113], ["lexical", 0.116702, -0.367509, 1.231401]],
  ["score", 0.28329, ["known_en", 0.0, 0.757356, -0.461797], ["words", 1.609438, 0.664492, -0.236259]],
  ["lift", 0.063975, ["support", 0.78343, 0.244328, -0.372258], ["usual", 0.725946, -0.470077, 0.727817]],
  ["words", 2.484907, ["lift", 0.063975, -0.137118, 0.250569], ["cosine", 0.3776, 0.138726, 0.873598]],
  ["words", 2.197225, ["lexical", 0.130651, 0.208645, -0.303173], ["known", 0.2, -0.614536, 0.480071]],
  ["known", 0.888889, ["known", 0.75, 0.080236, -0.577455], ["usual", 0.725946, -0.653459, 1.043216]],
  ["cosine", 0.420259, ["words", 2.197225, -0.078091, 0.525709], ["coverage", 0.268732, -0.461575, 0.471768]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.058148, -0.503812], ["lexical", 0.116702, -0.353369, 1.206644]],
  ["coverage", 0.104593, ["lexical", 0.170676, 0.119088, 1.467057], ["usual", 0.725946, -0.554743, 0.014064]],
  ["words", 1.386294, ["cosine", 0.3776, -0.183036, 1.143692], ["words", 2.197225, -0.139685, 0.209836]],
  ["lift", 0.063975, ["support", 0.78343, 0.225875, -0.355034], ["usual", 0.725946, -0.425542, 0.700675]],
  ["lexical", 0.103205, ["support", 0.759507, -0.525226, 0.869653], ["known", 0.333333, -0.583216, 0.057702]],
  ["coverage", 0.104593, ["lexical", 0.170676, 0.113093, 1.424614], ["coverage", 0.268732, -0.236169, 0.222631]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.052822, -0.474302], ["lexical", 0.116702, -0.343507, 1.190549]],
  ["score", 0.28329, ["known_en", 0.0, 0.685907, -0.431243], ["words", 1.609438, 0.630218, -0.225683]],
  ["words", 2.484907, ["lift", 0.063975, -0.132482, 0.248963], ["score", 0.262959, 0.126263, 0.854429]],
  ["cosine", 0.420259, ["words", 2.197225, -0.07229, 0.502546], ["coverage", 0.268732, -0.435241, 0.437202]],
  ["known_en", 0.333333, ["usual", 0.725946, -0.453844, 0.057661], ["lexical", 0.116702, -0.314221, 1.171707]],
  ["coverage", 0.104593, ["lexical", 0.170676, 0.113789, 1.380801], ["usual", 0.725946, -0.524055, 0.01254]],
  ["lift", 0.069802, ["score", 0.298174, 0.159469, -0.242665], ["usual", 0.725946, -0.272446, 0.874248]],
  ["lift", 0.063975, ["support", 0.78343, 0.210459, -0.331282], ["usual", 0.725946, -0.373091, 0.658503]],
  ["lexical", 0.103205, ["lift", 0.037768, -0.59919, 0.815782], ["known", 0.333333, -0.54495, 0.052528]],
  ["known", 0.888889, ["known", 0.75, 0.077564, -0.543635], ["usual", 0.725946, -0.587915, 1.006807]],
  ["words", 2.484907, ["lift", 0.063975, -0.123158, 0.23378], ["score", 0.262959, 0.097923, 0.837606]],
  ["cosine", 0.420259, ["words", 2.197225, -0.069003, 0.47747], ["coverage", 0.268732, -0.414419, 0.415678]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.050123, -0.448716], ["lexical", 0.116702, -0.325304, 1.154593]],
  ["coverage", 0.104593, ["lexical", 0.170676, 0.108273, 1.335965], ["cosine", 0.386681, 0.295271, -0.192071]],
  ["words", 1.386294, ["cosine", 0.3776, -0.183211, 1.041961], ["words", 2.197225, -0.131883, 0.198076]],
  ["lift", 0.069802, ["words", 1.609438, 0.386469, -0.136514], ["usual", 0.725946, -0.245564, 0.836272]],
  ["lexical", 0.103205, ["lift", 0.037768, -0.590705, 0.766589], ["known", 0.333333, -0.520155, 0.051344]]
 ]
}
