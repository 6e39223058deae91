"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 1.5662284012562302,
 "coef": {
  "cosine": -0.12605802793321358,
  "coverage": 0.96459157512304,
  "lexical": -0.22495465036192314,
  "known": 0.49509266029707466,
  "kind": -0.012697755906485322,
  "kind_list": -0.05525568107602723,
  "score": -0.006560579470428279,
  "english": -0.31981333922515237,
  "words": 1.0677052589257991,
  "score_en": 0.654750662445985,
  "support": 0.5812458172002121,
  "lift": 1.429440251233649,
  "agree": -0.21851101208122653,
  "known_en": 0.96675685005688,
  "usual": 0.16214185571805007
 },
 "mean": {
  "cosine": 0.44859324926337346,
  "coverage": 0.3734885638092424,
  "lexical": 0.19549467169091506,
  "known": 0.6700572008884821,
  "kind": 0.1308550185873606,
  "kind_list": 0.055762081784386616,
  "score": 0.6485302804492122,
  "english": 0.26914498141263943,
  "words": 1.9965564067443815,
  "score_en": 0.173490621224853,
  "support": 0.8164872612523817,
  "lift": 0.08256018853940593,
  "agree": 0.48029739776951674,
  "known_en": 0.11301038757631802,
  "usual": 0.7433781175892313
 },
 "scale": {
  "cosine": 0.07966618093286784,
  "coverage": 0.335877765351197,
  "lexical": 0.08997611860305933,
  "known": 0.29856989519700494,
  "kind": 0.33724172739722236,
  "kind_list": 0.22946170055035128,
  "score": 0.2862823936004963,
  "english": 0.44351545676902027,
  "words": 0.483476741588085,
  "score_en": 0.32746930815303515,
  "support": 0.05456799487556222,
  "lift": 0.04334150532637674,
  "agree": 0.4996116566547948,
  "known_en": 0.24196396562477757,
  "usual": 0.024084295778943603
 },
 "rate": 0.05,
 "threshold": 0.45,
 "closest": 0.15,
 "ratio": 0.5,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.15,
  "lexical": 0.3,
  "name": 0.5,
  "kind": 0.15,
  "document_penalty": 0.2,
  "cos_floor": 0.1,
  "cos_ceiling": 0.5,
  "late": 8.0,
  "hub": 0.5
 },
 "need": {
  "model": {
   "intercept": 0.5672856205980126,
   "coef": {
    "cosine": 0.26859455075739486,
    "coverage": -0.004729764538543893,
    "lexical": 1.1280385286612673,
    "known": 0.9769857799014757,
    "score": -0.2519522437879433,
    "english": 1.1524538093086956,
    "support": 0.2144747760399818,
    "lift": 1.0354161681897165,
    "word_lift": -0.32052298434365306
   },
   "mean": {
    "cosine": 0.43197364357728807,
    "coverage": 0.2351238146362311,
    "lexical": 0.21632952955157517,
    "known": 0.6264541564713971,
    "score": 0.521238253002555,
    "english": 0.17936507936507937,
    "support": 0.7952918040377872,
    "lift": 0.05905442743189514,
    "word_lift": 0.05272981167312652
   },
   "scale": {
    "cosine": 0.06240677534402025,
    "coverage": 0.21833715631089318,
    "lexical": 0.09061483819309502,
    "known": 0.26664960370886226,
    "score": 0.1464029648979426,
    "english": 0.3836577220250329,
    "support": 0.04280489502331636,
    "lift": 0.02898661663644906,
    "word_lift": 0.023052175130634157
   }
  },
  "l2": 3.0,
  "score": "geometric mean of the whole need's and its best clause's probability (answers.fit.need_probability)",
  "threshold": 0.45,
  "thresholds": {
   "fr": 0.5,
   "en": 0.35
  },
  "closest": 0.15,
  "cross_validated_dev": {
   "threshold": [
    0.35,
    0.5
   ],
   "items": 630,
   "covered": 411,
   "uncovered": 219,
   "auc": 0.848,
   "answered": 0.781021897810219,
   "declined": 0.7625570776255708,
   "profiles": {
    "covered": 177,
    "uncovered": 83,
    "answered": 0.8135593220338984,
    "declined": 0.7831325301204819,
    "covered_answered_count": 144,
    "uncovered_declined_count": 65,
    "covered_closest_count": 30,
    "uncovered_closest_count": 51,
    "auc": 0.8516,
    "ndcg@5": 0.727970513418696,
    "recall@5": 0.7570621468926554,
    "ndcg@5 closest counted": 0.8166407605250474,
    "recall@5 closest counted": 0.8521657250470809
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.895,
     0.521
    ],
    "0.35": [
     0.864,
     0.612
    ],
    "0.4": [
     0.822,
     0.648
    ],
    "0.45": [
     0.779,
     0.749
    ],
    "0.5": [
     0.745,
     0.799
    ],
    "0.55": [
     0.71,
     0.84
    ],
    "0.6": [
     0.645,
     0.886
    ],
    "0.65": [
     0.591,
     0.932
    ],
    "0.7": [
     0.533,
     0.945
    ],
    "0.75": [
     0.47,
     0.963
    ],
    "0.8": [
     0.406,
     0.982
    ],
    "0.85": [
     0.345,
     0.986
    ],
    "0.9": [
     0.273,
     0.991
    ]
   }
  },
  "grouped_cross_validated_dev": {
   "all": {
    "threshold": [
     0.35,
     0.4,
     0.45,
     0.5
    ],
    "items": 630,
    "covered": 411,
    "uncovered": 219,
    "auc": 0.8511,
    "answered": 0.7664233576642335,
    "declined": 0.7808219178082192,
    "profiles": {
     "covered": 177,
     "uncovered": 83,
     "answered": 0.807909604519774,
     "declined": 0.7951807228915663,
     "covered_answered_count": 143,
     "uncovered_declined_count": 66,
     "covered_closest_count": 31,
     "uncovered_closest_count": 55,
     "auc": 0.8603,
     "ndcg@5": 0.7280366247097256,
     "recall@5": 0.7570621468926554,
     "ndcg@5 closest counted": 0.8167148600494745,
     "recall@5 closest counted": 0.852165725047081
    },
    "curve (threshold: answered, declined)": {
     "0.3": [
      0.891,
      0.539
     ],
     "0.35": [
      0.861,
      0.616
     ],
     "0.4": [
      0.813,
      0.689
     ],
     "0.45": [
      0.771,
      0.74
     ],
     "0.5": [
      0.73,
      0.799
     ],
     "0.55": [
      0.689,
      0.854
     ],
     "0.6": [
      0.642,
      0.886
     ],
     "0.65": [
      0.582,
      0.941
     ],
     "0.7": [
      0.526,
      0.959
     ],
     "0.75": [
      0.46,
      0.977
     ],
     "0.8": [
      0.401,
      0.977
     ],
     "0.85": [
      0.341,
      0.986
     ],
     "0.9": [
      0.26,
      0.991
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
     "declined": 0.8148148148148148,
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
       0.667
      ],
      "0.4": [
       0.0,
       0.815
      ],
      "0.45": [
       0.0,
       0.815
      ],
      "0.5": [
       0.0,
       0.815
      ],
      "0.55": [
       0.0,
       0.815
      ],
      "0.6": [
       0.0,
       0.852
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
     "declined": 0.9166666666666666,
     "profiles": {
      "covered": 30,
      "uncovered": 12,
      "answered": 1.0,
      "declined": 0.9166666666666666,
      "covered_answered_count": 30,
      "uncovered_declined_count": 11,
      "covered_closest_count": 0,
      "uncovered_closest_count": 9,
      "auc": 1.0,
      "ndcg@5": 0.9471646884906957,
      "recall@5": 0.9777777777777777,
      "ndcg@5 closest counted": 0.9471646884906957,
      "recall@5 closest counted": 0.9777777777777777
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
       0.917
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
       0.933,
       1.0
      ],
      "0.7": [
       0.867,
       1.0
      ],
      "0.75": [
       0.8,
       1.0
      ],
      "0.8": [
       0.733,
       1.0
      ],
      "0.85": [
       0.633,
       1.0
      ],
      "0.9": [
       0.467,
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
     "auc": 0.8962,
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
      "auc": 0.8962,
      "ndcg@5": 0.7260534254084038,
      "recall@5": 0.7412280701754386,
      "ndcg@5 closest counted": 0.8355638559097163,
      "recall@5 closest counted": 0.8596491228070174
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.947,
       0.389
      ],
      "0.35": [
       0.895,
       0.556
      ],
      "0.4": [
       0.842,
       0.611
      ],
      "0.45": [
       0.842,
       0.667
      ],
      "0.5": [
       0.816,
       0.722
      ],
      "0.55": [
       0.816,
       0.889
      ],
      "0.6": [
       0.816,
       0.889
      ],
      "0.65": [
       0.763,
       0.944
      ],
      "0.7": [
       0.632,
       0.944
      ],
      "0.75": [
       0.605,
       1.0
      ],
      "0.8": [
       0.526,
       1.0
      ],
      "0.85": [
       0.447,
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
      0.35,
      0.5
     ],
     "items": 61,
     "covered": 41,
     "uncovered": 20,
     "auc": 0.7963,
     "answered": 0.7073170731707317,
     "declined": 0.7,
     "profiles": {
      "covered": 41,
      "uncovered": 20,
      "answered": 0.7073170731707317,
      "declined": 0.7,
      "covered_answered_count": 29,
      "uncovered_declined_count": 14,
      "covered_closest_count": 11,
      "uncovered_closest_count": 12,
      "auc": 0.7963,
      "ndcg@5": 0.6521570672682251,
      "recall@5": 0.6951219512195121,
      "ndcg@5 closest counted": 0.8104831552597016,
      "recall@5 closest counted": 0.8902439024390244
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.902,
       0.35
      ],
      "0.35": [
       0.854,
       0.55
      ],
      "0.4": [
       0.78,
       0.7
      ],
      "0.45": [
       0.707,
       0.75
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
       0.39,
       0.95
      ],
      "0.7": [
       0.317,
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
       0.195,
       0.95
      ],
      "0.9": [
       0.098,
       1.0
      ]
     }
    },
    "profiles_blind4.jsonl": {
     "threshold": [
      0.35,
      0.5
     ],
     "items": 62,
     "covered": 42,
     "uncovered": 20,
     "auc": 0.6821,
     "answered": 0.6666666666666666,
     "declined": 0.8,
     "profiles": {
      "covered": 42,
      "uncovered": 20,
      "answered": 0.6666666666666666,
      "declined": 0.8,
      "covered_answered_count": 28,
      "uncovered_declined_count": 16,
      "covered_closest_count": 13,
      "uncovered_closest_count": 15,
      "auc": 0.6821,
      "ndcg@5": 0.5468493539230614,
      "recall@5": 0.5595238095238095,
      "ndcg@5 closest counted": 0.6669274893619941,
      "recall@5 closest counted": 0.6626984126984127
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.762,
       0.3
      ],
      "0.35": [
       0.738,
       0.4
      ],
      "0.4": [
       0.667,
       0.6
      ],
      "0.45": [
       0.643,
       0.65
      ],
      "0.5": [
       0.548,
       0.8
      ],
      "0.55": [
       0.429,
       0.85
      ],
      "0.6": [
       0.405,
       0.85
      ],
      "0.65": [
       0.286,
       0.9
      ],
      "0.7": [
       0.238,
       0.95
      ],
      "0.75": [
       0.167,
       0.95
      ],
      "0.8": [
       0.143,
       0.95
      ],
      "0.85": [
       0.095,
       1.0
      ],
      "0.9": [
       0.048,
       1.0
      ]
     }
    },
    "profiles_dev.jsonl": {
     "threshold": [
      0.4,
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
      "uncovered_closest_count": 5,
      "auc": 1.0,
      "ndcg@5": 0.9160013699721645,
      "recall@5": 1.0,
      "ndcg@5 closest counted": 0.9160013699721645,
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
       1.0,
       1.0
      ],
      "0.65": [
       0.75,
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
      0.4,
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
      "ndcg@5": 0.8790771206021152,
      "recall@5": 0.9166666666666666,
      "ndcg@5 closest counted": 0.8790771206021152,
      "recall@5 closest counted": 0.9166666666666666
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
       0.778,
       1.0
      ]
     }
    },
    "questions.jsonl": {
     "threshold": [
      0.45,
      0.5
     ],
     "items": 64,
     "covered": 51,
     "uncovered": 13,
     "auc": 0.9306,
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
       0.462
      ],
      "0.35": [
       0.941,
       0.538
      ],
      "0.4": [
       0.941,
       0.615
      ],
      "0.45": [
       0.941,
       0.769
      ],
      "0.5": [
       0.922,
       0.846
      ],
      "0.55": [
       0.902,
       0.846
      ],
      "0.6": [
       0.863,
       0.846
      ],
      "0.65": [
       0.863,
       0.846
      ],
      "0.7": [
       0.863,
       0.846
      ],
      "0.75": [
       0.804,
       0.923
      ],
      "0.8": [
       0.784,
       0.923
      ],
      "0.85": [
       0.725,
       1.0
      ],
      "0.9": [
       0.686,
       1.0
      ]
     }
    },
    "questions_blind.jsonl": {
     "threshold": [
      0.4,
      0.5
     ],
     "items": 40,
     "covered": 28,
     "uncovered": 12,
     "auc": 0.6399,
     "answered": 0.5,
     "declined": 0.5833333333333334,
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
       0.75,
       0.417
      ],
      "0.4": [
       0.607,
       0.417
      ],
      "0.45": [
       0.5,
       0.417
      ],
      "0.5": [
       0.464,
       0.583
      ],
      "0.55": [
       0.393,
       0.75
      ],
      "0.6": [
       0.321,
       0.917
      ],
      "0.65": [
       0.321,
       1.0
      ],
      "0.7": [
       0.286,
       1.0
      ],
      "0.75": [
       0.25,
       1.0
      ],
      "0.8": [
       0.143,
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
      0.35,
      0.5
     ],
     "items": 45,
     "covered": 30,
     "uncovered": 15,
     "auc": 0.8267,
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
       0.667
      ],
      "0.35": [
       0.833,
       0.733
      ],
      "0.4": [
       0.767,
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
       0.633,
       0.867
      ],
      "0.65": [
       0.533,
       0.933
      ],
      "0.7": [
       0.433,
       0.933
      ],
      "0.75": [
       0.4,
       0.933
      ],
      "0.8": [
       0.267,
       0.933
      ],
      "0.85": [
       0.2,
       0.933
      ],
      "0.9": [
       0.133,
       0.933
      ]
     }
    },
    "questions_blind3.jsonl": {
     "threshold": [
      0.35,
      0.5
     ],
     "items": 59,
     "covered": 38,
     "uncovered": 21,
     "auc": 0.8183,
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
       0.868,
       0.476
      ],
      "0.35": [
       0.842,
       0.524
      ],
      "0.4": [
       0.789,
       0.619
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
       0.684,
       0.81
      ],
      "0.6": [
       0.605,
       0.81
      ],
      "0.65": [
       0.5,
       0.857
      ],
      "0.7": [
       0.395,
       0.952
      ],
      "0.75": [
       0.316,
       1.0
      ],
      "0.8": [
       0.237,
       1.0
      ],
      "0.85": [
       0.184,
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
      0.35,
      0.5
     ],
     "items": 64,
     "covered": 40,
     "uncovered": 24,
     "auc": 0.7792,
     "answered": 0.625,
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
       0.85,
       0.667
      ],
      "0.35": [
       0.825,
       0.667
      ],
      "0.4": [
       0.75,
       0.667
      ],
      "0.45": [
       0.675,
       0.667
      ],
      "0.5": [
       0.575,
       0.667
      ],
      "0.55": [
       0.5,
       0.792
      ],
      "0.6": [
       0.45,
       0.875
      ],
      "0.65": [
       0.45,
       0.958
      ],
      "0.7": [
       0.425,
       1.0
      ],
      "0.75": [
       0.3,
       1.0
      ],
      "0.8": [
       0.25,
       1.0
      ],
      "0.85": [
       0.2,
       1.0
      ],
      "0.9": [
       0.075,
       1.0
      ]
     }
    },
    "questions_blind5.jsonl": {
     "threshold": [
      0.35,
      0.5
     ],
     "items": 71,
     "covered": 47,
     "uncovered": 24,
     "auc": 0.9043,
     "answered": 0.7659574468085106,
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
       0.851,
       0.833
      ],
      "0.35": [
       0.851,
       0.833
      ],
      "0.4": [
       0.83,
       0.833
      ],
      "0.45": [
       0.766,
       0.875
      ],
      "0.5": [
       0.766,
       0.958
      ],
      "0.55": [
       0.723,
       0.958
      ],
      "0.6": [
       0.617,
       1.0
      ],
      "0.65": [
       0.532,
       1.0
      ],
      "0.7": [
       0.511,
       1.0
      ],
      "0.75": [
       0.447,
       1.0
      ],
      "0.8": [
       0.362,
       1.0
      ],
      "0.85": [
       0.234,
       1.0
      ],
      "0.9": [
       0.191,
       1.0
      ]
     }
    }
   }
  },
  "question_model_cross_validated_dev": {
   "threshold": [
    0.65
   ],
   "items": 630,
   "covered": 411,
   "uncovered": 219,
   "auc": 0.823,
   "answered": 0.7566909975669099,
   "declined": 0.6894977168949772,
   "profiles": {
    "covered": 177,
    "uncovered": 83,
    "answered": 0.8870056497175142,
    "declined": 0.3493975903614458,
    "covered_answered_count": 157,
    "uncovered_declined_count": 29,
    "covered_closest_count": 19,
    "uncovered_closest_count": 25,
    "auc": 0.751,
    "ndcg@5": 0.7690511558452902,
    "recall@5": 0.8060263653483993,
    "ndcg@5 closest counted": 0.8343405257285353,
    "recall@5 closest counted": 0.8766478342749531
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.959,
     0.388
    ],
    "0.35": [
     0.954,
     0.447
    ],
    "0.4": [
     0.937,
     0.498
    ],
    "0.45": [
     0.917,
     0.539
    ],
    "0.5": [
     0.893,
     0.58
    ],
    "0.55": [
     0.844,
     0.616
    ],
    "0.6": [
     0.798,
     0.653
    ],
    "0.65": [
     0.757,
     0.689
    ],
    "0.7": [
     0.679,
     0.74
    ],
    "0.75": [
     0.623,
     0.772
    ],
    "0.8": [
     0.56,
     0.863
    ],
    "0.85": [
     0.487,
     0.936
    ],
    "0.9": [
     0.365,
     0.973
    ]
   }
  }
 },
 "ratio_list": 0.4,
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 1353,
  "of_which": {
   "tests/eval/questions.jsonl": 237,
   "tests/eval/questions_blind.jsonl": 162,
   "tests/eval/questions_blind2.jsonl": 181,
   "tests/eval/questions_blind3.jsonl": 229,
   "tests/eval/questions_blind4.jsonl": 255,
   "tests/eval/questions_blind5.jsonl": 262,
   "tests/eval/adjacent_lists.jsonl": 27
  },
  "in_scope": 1098,
  "declinable": 255,
  "profile_needs": {
   "file": "tests/eval/profiles_v2.jsonl",
   "split": "dev",
   "covered": 18,
   "uncovered": 5
  },
  "date": "2026-12-01 06:11 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8257,
  "ranking_cross_validated_dev": {
   "folds": 5,
   "questions": 1098,
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
     "n": 1098,
     "ndcg@5": 0.7572,
     "recall@5": 0.8032
    },
    "english": {
     "n": 172,
     "ndcg@5": 0.8324,
     "recall@5": 0.8641
    },
    "fact": {
     "n": 107,
     "ndcg@5": 0.9429,
     "recall@5": 0.9579
    },
    "list": {
     "n": 115,
     "ndcg@5": 0.7787,
     "recall@5": 0.7755
    },
    "name": {
     "n": 109,
     "ndcg@5": 0.9647,
     "recall@5": 0.9732
    },
    "need": {
     "n": 234,
     "ndcg@5": 0.7424,
     "recall@5": 0.7824
    },
    "paraphrase": {
     "n": 218,
     "ndcg@5": 0.4784,
     "recall@5": 0.5979
    },
    "strategy": {
     "n": 143,
     "ndcg@5": 0.8014,
     "recall@5": 0.8542
    },
    "language fr": {
     "n": 835,
     "ndcg@5": 0.741,
     "recall@5": 0.7897
    },
    "language en": {
     "n": 263,
     "ndcg@5": 0.8085,
     "recall@5": 0.8463
    }
   },
   "without hub": {
    "late weight per fold": [
     8.0,
     4.0,
     8.0,
     4.0,
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
     "n": 1098,
     "ndcg@5": 0.7982,
     "recall@5": 0.8311
    },
    "english": {
     "n": 172,
     "ndcg@5": 0.8697,
     "recall@5": 0.8901
    },
    "fact": {
     "n": 107,
     "ndcg@5": 0.9464,
     "recall@5": 0.9533
    },
    "list": {
     "n": 115,
     "ndcg@5": 0.8129,
     "recall@5": 0.8129
    },
    "name": {
     "n": 109,
     "ndcg@5": 0.9589,
     "recall@5": 0.9641
    },
    "need": {
     "n": 234,
     "ndcg@5": 0.7845,
     "recall@5": 0.8041
    },
    "paraphrase": {
     "n": 218,
     "ndcg@5": 0.5662,
     "recall@5": 0.6636
    },
    "strategy": {
     "n": 143,
     "ndcg@5": 0.8431,
     "recall@5": 0.8814
    },
    "language fr": {
     "n": 835,
     "ndcg@5": 0.7811,
     "recall@5": 0.8167
    },
    "language en": {
     "n": 263,
     "ndcg@5": 0.8526,
     "recall@5": 0.8766
    }
   },
   "with late": {
    "late weight per fold": [
     8.0,
     4.0,
     8.0,
     4.0,
     8.0
    ],
    "hub weight per fold": [
     0.5,
     0.5,
     0.5,
     0.5,
     0.5
    ],
    "all": {
     "n": 1098,
     "ndcg@5": 0.8059,
     "recall@5": 0.8371
    },
    "english": {
     "n": 172,
     "ndcg@5": 0.8856,
     "recall@5": 0.9056
    },
    "fact": {
     "n": 107,
     "ndcg@5": 0.9471,
     "recall@5": 0.9533
    },
    "list": {
     "n": 115,
     "ndcg@5": 0.8171,
     "recall@5": 0.8199
    },
    "name": {
     "n": 109,
     "ndcg@5": 0.968,
     "recall@5": 0.9732
    },
    "need": {
     "n": 234,
     "ndcg@5": 0.7998,
     "recall@5": 0.8222
    },
    "paraphrase": {
     "n": 218,
     "ndcg@5": 0.5734,
     "recall@5": 0.6552
    },
    "strategy": {
     "n": 143,
     "ndcg@5": 0.8362,
     "recall@5": 0.8796
    },
    "language fr": {
     "n": 835,
     "ndcg@5": 0.788,
     "recall@5": 0.8207
    },
    "language en": {
     "n": 263,
     "ndcg@5": 0.8628,
     "recall@5": 0.8892
    }
   }
  },
  "ranking_grouped_cross_validated_dev": {
   "folds": 6,
   "questions": 1098,
   "held out": "one file at a time",
   "without late": {
    "late weight per fold": [
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
     0.5
    ],
    "all": {
     "n": 1098,
     "ndcg@5": 0.7558,
     "recall@5": 0.8017
    },
    "english": {
     "n": 172,
     "ndcg@5": 0.837,
     "recall@5": 0.8661
    },
    "fact": {
     "n": 107,
     "ndcg@5": 0.9459,
     "recall@5": 0.9579
    },
    "list": {
     "n": 115,
     "ndcg@5": 0.7922,
     "recall@5": 0.797
    },
    "name": {
     "n": 109,
     "ndcg@5": 0.9606,
     "recall@5": 0.9732
    },
    "need": {
     "n": 234,
     "ndcg@5": 0.7416,
     "recall@5": 0.7848
    },
    "paraphrase": {
     "n": 218,
     "ndcg@5": 0.4688,
     "recall@5": 0.5795
    },
    "strategy": {
     "n": 143,
     "ndcg@5": 0.7913,
     "recall@5": 0.8472
    },
    "language fr": {
     "n": 835,
     "ndcg@5": 0.7401,
     "recall@5": 0.7883
    },
    "language en": {
     "n": 263,
     "ndcg@5": 0.8055,
     "recall@5": 0.8446
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.7999,
     "recall@5": 0.8351
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.7579,
     "recall@5": 0.8184
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.7322,
     "recall@5": 0.7934
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.7728,
     "recall@5": 0.8218
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7265,
     "recall@5": 0.7642
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.7452,
     "recall@5": 0.7862
    }
   },
   "without hub": {
    "late weight per fold": [
     4.0,
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
     0.0,
     0.0
    ],
    "all": {
     "n": 1098,
     "ndcg@5": 0.796,
     "recall@5": 0.8313
    },
    "english": {
     "n": 172,
     "ndcg@5": 0.8647,
     "recall@5": 0.8838
    },
    "fact": {
     "n": 107,
     "ndcg@5": 0.94,
     "recall@5": 0.9439
    },
    "list": {
     "n": 115,
     "ndcg@5": 0.8123,
     "recall@5": 0.8199
    },
    "name": {
     "n": 109,
     "ndcg@5": 0.96,
     "recall@5": 0.9641
    },
    "need": {
     "n": 234,
     "ndcg@5": 0.7849,
     "recall@5": 0.8089
    },
    "paraphrase": {
     "n": 218,
     "ndcg@5": 0.5606,
     "recall@5": 0.6621
    },
    "strategy": {
     "n": 143,
     "ndcg@5": 0.8446,
     "recall@5": 0.8866
    },
    "language fr": {
     "n": 835,
     "ndcg@5": 0.7798,
     "recall@5": 0.8183
    },
    "language en": {
     "n": 263,
     "ndcg@5": 0.8475,
     "recall@5": 0.8727
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.8276,
     "recall@5": 0.8576
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8119,
     "recall@5": 0.8466
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.7893,
     "recall@5": 0.837
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.7883,
     "recall@5": 0.8381
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7588,
     "recall@5": 0.7829
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.8055,
     "recall@5": 0.8355
    }
   },
   "with late": {
    "late weight per fold": [
     8.0,
     8.0,
     4.0,
     8.0,
     4.0,
     8.0
    ],
    "hub weight per fold": [
     0.5,
     0.5,
     0.5,
     0.5,
     0.5,
     0.5
    ],
    "all": {
     "n": 1098,
     "ndcg@5": 0.8073,
     "recall@5": 0.8361
    },
    "english": {
     "n": 172,
     "ndcg@5": 0.8895,
     "recall@5": 0.9097
    },
    "fact": {
     "n": 107,
     "ndcg@5": 0.9444,
     "recall@5": 0.9533
    },
    "list": {
     "n": 115,
     "ndcg@5": 0.8219,
     "recall@5": 0.8125
    },
    "name": {
     "n": 109,
     "ndcg@5": 0.9676,
     "recall@5": 0.9732
    },
    "need": {
     "n": 234,
     "ndcg@5": 0.8007,
     "recall@5": 0.8193
    },
    "paraphrase": {
     "n": 218,
     "ndcg@5": 0.5739,
     "recall@5": 0.6552
    },
    "strategy": {
     "n": 143,
     "ndcg@5": 0.8382,
     "recall@5": 0.8779
    },
    "language fr": {
     "n": 835,
     "ndcg@5": 0.7885,
     "recall@5": 0.8182
    },
    "language en": {
     "n": 263,
     "ndcg@5": 0.8669,
     "recall@5": 0.8931
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.836,
     "recall@5": 0.8534
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8239,
     "recall@5": 0.8592
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.8121,
     "recall@5": 0.8587
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.8095,
     "recall@5": 0.8409
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7694,
     "recall@5": 0.8002
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.8028,
     "recall@5": 0.8215
    }
   }
  },
  "decision_cross_validated_dev": {
   "auc": 0.9341,
   "answered": 0.8593189964157706,
   "declined": 0.8576923076923076,
   "closest_offered": {
    "in_scope": 0.10752688172043011,
    "declinable": 0.3192307692307692,
    "all": 0.14752906976744187
   },
   "relevant_among_closest": 0.6833333333333333,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.15,
   "questions": 1376,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.955,
     0.596
    ],
    "0.3": [
     0.919,
     0.731
    ],
    "0.4": [
     0.88,
     0.827
    ],
    "0.5": [
     0.838,
     0.892
    ],
    "0.6": [
     0.772,
     0.927
    ],
    "0.7": [
     0.706,
     0.954
    ],
    "0.8": [
     0.647,
     0.977
    ]
   }
  },
  "decision_grouped_cross_validated_dev": {
   "auc": 0.9283,
   "answered": 0.8575,
   "declined": 0.8538,
   "closest_offered": {
    "in_scope": 0.10752688172043011,
    "declinable": 0.3230769230769231,
    "all": 0.14825581395348839
   },
   "relevant_among_closest": 0.7083333333333334,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.15,
   "questions": 1376,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.95,
     0.608
    ],
    "0.3": [
     0.914,
     0.696
    ],
    "0.4": [
     0.874,
     0.819
    ],
    "0.5": [
     0.834,
     0.877
    ],
    "0.6": [
     0.78,
     0.908
    ],
    "0.7": [
     0.711,
     0.938
    ],
    "0.8": [
     0.643,
     0.977
    ]
   },
   "nested": {
    "answered": 0.853,
    "declined": 0.8692
   },
   "files": {
    "adjacent_lists.jsonl": {
     "questions": 27,
     "auc": None,
     "threshold": 0.5,
     "answered": None,
     "declined": 0.9259
    },
    "profiles_v2.jsonl": {
     "questions": 23,
     "auc": 0.9444,
     "threshold": 0.45,
     "answered": 0.9444,
     "declined": 0.8
    },
    "questions.jsonl": {
     "questions": 237,
     "auc": 0.9454,
     "threshold": 0.45,
     "answered": 0.8342,
     "declined": 0.8409
    },
    "questions_blind.jsonl": {
     "questions": 162,
     "auc": 0.9454,
     "threshold": 0.45,
     "answered": 0.8529,
     "declined": 0.9231
    },
    "questions_blind2.jsonl": {
     "questions": 181,
     "auc": 0.9426,
     "threshold": 0.45,
     "answered": 0.9,
     "declined": 0.871
    },
    "questions_blind3.jsonl": {
     "questions": 229,
     "auc": 0.9277,
     "threshold": 0.45,
     "answered": 0.8848,
     "declined": 0.8421
    },
    "questions_blind4.jsonl": {
     "questions": 255,
     "auc": 0.914,
     "threshold": 0.5,
     "answered": 0.8436,
     "declined": 0.8636
    },
    "questions_blind5.jsonl": {
     "questions": 262,
     "auc": 0.9183,
     "threshold": 0.45,
     "answered": 0.8111,
     "declined": 0.8667
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
    "tests/eval/profiles_blind4.jsonl"
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
   "more_profiles_held_out": 237
  }
 },
 "trees": [
  ["coverage", 0.101038, ["known", 0.333333, 0.015719, 1.132365], ["known", 0.909091, -0.452196, 1.05802]],
  ["words", 2.197225, ["words", 1.609438, 0.931428, -0.665516], ["usual", 0.757784, 0.795805, -0.760169]],
  ["coverage", 0.101038, ["known", 0.333333, 0.005301, 1.048074], ["known", 0.909091, -0.422913, 1.022034]],
  ["words", 2.197225, ["words", 1.609438, 0.879909, -0.630151], ["usual", 0.762779, 0.707144, -0.891145]],
  ["words", 2.197225, ["words", 1.609438, 0.834704, -0.602604], ["usual", 0.757784, 0.710221, -0.685309]],
  ["coverage", 0.101038, ["known", 0.333333, -0.013023, 0.959935], ["known", 0.909091, -0.389306, 0.979886]],
  ["words", 2.197225, ["words", 1.609438, 0.788141, -0.570557], ["usual", 0.762779, 0.632256, -0.804778]],
  ["coverage", 0.101038, ["known", 0.333333, -0.020849, 0.893127], ["known", 0.909091, -0.364685, 0.94846]],
  ["words", 2.197225, ["words", 1.609438, 0.743984, -0.54034], ["usual", 0.757784, 0.6281, -0.610601]],
  ["coverage", 0.101038, ["known", 0.333333, -0.028646, 0.831988], ["known", 0.909091, -0.341271, 0.918502]],
  ["words", 2.197225, ["words", 1.609438, 0.702137, -0.511831], ["usual", 0.762779, 0.560747, -0.720572]],
  ["words", 1.386294, ["known_en", 0.0, 2.121705, 0.229725], ["words", 2.197225, -0.322408, 0.338539]],
  ["words", 1.386294, ["usual", 0.719151, 0.193326, 2.06342], ["words", 2.197225, -0.307458, 0.321961]],
  ["words", 1.386294, ["known_en", 0.0, 2.030873, 0.196332], ["words", 2.197225, -0.293164, 0.306212]],
  ["coverage", 0.101038, ["known_en", 0.0, 0.6784, -0.17924], ["known", 0.909091, -0.310253, 0.880788]],
  ["words", 1.386294, ["usual", 0.719151, 0.158866, 1.962005], ["words", 2.197225, -0.27721, 0.289014]],
  ["words", 1.609438, ["usual", 0.754238, -0.068057, 2.359164], ["words", 2.197225, -0.431742, 0.274903]],
  ["coverage", 0.101038, ["known", 0.333333, -0.054756, 0.731399], ["known", 0.909091, -0.289577, 0.846453]],
  ["words", 1.386294, ["known_en", 0.0, 1.890332, 0.164581], ["words", 2.484907, -0.137341, 0.605542]],
  ["words", 1.609438, ["usual", 0.754238, -0.069662, 2.284227], ["words", 2.197225, -0.402566, 0.254321]],
  ["lift", 0.066669, ["support", 0.779997, 0.25053, -0.55029], ["usual", 0.741316, -0.084522, 1.088596]],
  ["coverage", 0.053529, ["cosine", 0.390283, 0.019068, 1.225106], ["coverage", 0.528631, -0.185884, 0.952544]],
  ["words", 1.386294, ["known_en", 0.0, 1.794792, 0.146945], ["words", 2.484907, -0.1269, 0.566225]],
  ["score", 0.445516, ["known_en", 0.0, 0.464424, -0.255968], ["words", 1.609438, 0.795746, -0.376017]],
  ["lift", 0.066669, ["support", 0.779997, 0.233238, -0.518783], ["usual", 0.741316, -0.079237, 1.065808]],
  ["coverage", 0.053529, ["cosine", 0.390283, 0.005213, 1.15941], ["coverage", 0.528631, -0.172584, 0.918031]],
  ["words", 1.386294, ["usual", 0.719151, 0.095409, 1.707607], ["words", 2.197225, -0.232877, 0.245892]],
  ["lift", 0.066669, ["support", 0.779997, 0.222532, -0.494993], ["usual", 0.741316, -0.075154, 1.043599]],
  ["score", 0.445516, ["known_en", 0.0, 0.435453, -0.259372], ["words", 1.609438, 0.76146, -0.350535]],
  ["lift", 0.066669, ["support", 0.779997, 0.204907, -0.468544], ["usual", 0.724992, -0.382595, 0.774738]],
  ["coverage", 0.053529, ["cosine", 0.390283, -0.012545, 1.110853], ["known", 0.909091, -0.171644, 0.755149]],
  ["words", 1.386294, ["usual", 0.719151, 0.082853, 1.645791], ["words", 2.197225, -0.225687, 0.238306]],
  ["support", 0.838232, ["score", 0.445516, 0.2188, -0.28863], ["score", 0.516537, -0.055015, 1.062714]],
  ["lift", 0.066669, ["support", 0.779997, 0.190496, -0.441288], ["usual", 0.741316, -0.072347, 1.006051]],
  ["words", 1.386294, ["usual", 0.719151, 0.075015, 1.600701], ["words", 2.197225, -0.216414, 0.227044]],
  ["lift", 0.066669, ["support", 0.779997, 0.179422, -0.421717], ["usual", 0.741316, -0.065871, 0.984893]],
  ["words", 2.639057, ["lift", 0.066669, -0.184051, 0.414478], ["support", 0.788239, 1.337931, -0.817509]],
  ["words", 1.386294, ["known_en", 0.0, 1.573052, 0.073784], ["words", 2.197225, -0.207879, 0.216064]],
  ["words", 1.609438, ["usual", 0.754238, -0.132201, 2.173552], ["words", 2.197225, -0.32792, 0.205517]],
  ["coverage", 0.053529, ["cosine", 0.390283, -0.040372, 1.065781], ["coverage", 0.528631, -0.147195, 0.858088]],
  ["support", 0.838232, ["score", 0.445516, 0.203499, -0.263495], ["score", 0.516537, -0.076176, 1.030446]],
  ["words", 1.609438, ["usual", 0.754238, -0.129793, 2.106836], ["usual", 0.762779, 0.052478, -0.618014]],
  ["words", 2.639057, ["lift", 0.066669, -0.171753, 0.395523], ["support", 0.788239, 1.274644, -0.79107]],
  ["coverage", 0.053529, ["known", 0.333333, -0.046806, 1.038732], ["lift", 0.038508, 0.359678, -0.197398]],
  ["words", 1.386294, ["known_en", 0.0, 1.445405, 0.059168], ["words", 2.197225, -0.188854, 0.195974]],
  ["support", 0.838232, ["lift", 0.105312, 0.004974, -1.274173], ["score", 0.516537, -0.074947, 1.011848]],
  ["words", 1.609438, ["usual", 0.754238, -0.119214, 2.042216], ["score", 0.445516, 0.196524, -0.291931]],
  ["lift", 0.066669, ["support", 0.779997, 0.161664, -0.376044], ["usual", 0.724992, -0.352186, 0.699744]],
  ["usual", 0.729281, ["words", 2.197225, -0.691001, 0.378398], ["score", 0.622754, -0.012713, 1.197563]],
  ["words", 1.609438, ["usual", 0.754238, -0.106622, 1.991277], ["usual", 0.762779, 0.04932, -0.582133]],
  ["coverage", 0.053529, ["cosine", 0.390283, -0.073698, 0.982269], ["known", 0.909091, -0.137835, 0.680257]],
  ["words", 2.639057, ["lexical", 0.232262, -0.113693, 0.689887], ["agree", 0.0, 1.181229, -0.822189]],
  ["known_en", 0.333333, ["score", 0.445516, 0.185165, -0.238586], ["lift", 0.046818, -0.320063, 1.04711]],
  ["usual", 0.729281, ["words", 2.079442, -0.722284, 0.28256], ["score", 0.622754, -0.008179, 1.172056]],
  ["words", 1.609438, ["usual", 0.754238, -0.096037, 1.932243], ["words", 2.197225, -0.283236, 0.177242]],
  ["known_en", 0.333333, ["score", 0.445516, 0.178612, -0.231842], ["lexical", 0.106919, -0.357601, 1.011409]],
  ["lift", 0.066669, ["support", 0.779997, 0.153522, -0.352923], ["usual", 0.741316, -0.058535, 0.905706]],
  ["usual", 0.729281, ["words", 2.079442, -0.692864, 0.255917], ["words", 1.94591, 0.839545, -0.054014]],
  ["words", 1.386294, ["known_en", 0.0, 1.288302, 0.039865], ["known_en", 0.333333, -0.06472, 0.67216]],
  ["lift", 0.066669, ["words", 2.639057, -0.150226, 0.718641], ["usual", 0.741316, -0.046505, 0.877644]],
  ["usual", 0.729281, ["coverage", 0.211922, 0.01429, -1.062012], ["score", 0.622754, -0.006753, 1.13392]],
  ["lift", 0.033214, ["score_en", 0.303806, 0.70997, -0.651112], ["lift", 0.066669, -0.180293, 0.307454]],
  ["words", 1.386294, ["known_en", 0.0, 1.242159, 0.051051], ["known_en", 0.333333, -0.062525, 0.654252]],
  ["coverage", 0.079572, ["known", 0.333333, -0.181929, 0.899857], ["known", 0.909091, -0.151716, 0.655119]],
  ["usual", 0.729281, ["words", 2.079442, -0.659568, 0.250852], ["score", 0.622754, -0.003947, 1.104253]],
  ["lexical", 0.082077, ["lift", 0.061901, 0.281827, 1.437066], ["known", 0.333333, -0.454384, 0.062269]],
  ["score", 0.445516, ["known_en", 0.0, 0.357131, -0.311804], ["coverage", 0.0, 1.61343, -0.205597]],
  ["known_en", 0.333333, ["score", 0.445516, 0.168149, -0.218745], ["lift", 0.046818, -0.316, 1.019463]],
  ["known", 0.909091, ["coverage", 0.101038, 0.205486, -0.1687], ["usual", 0.729281, -0.583554, 1.130713]],
  ["known_en", 0.333333, ["usual", 0.729281, -0.356935, 0.071822], ["lexical", 0.106919, -0.364518, 0.973302]],
  ["words", 2.639057, ["lexical", 0.232262, -0.104223, 0.672875], ["support", 0.788239, 1.127293, -0.743864]],
  ["words", 1.386294, ["known_en", 0.0, 1.165827, 0.05136], ["words", 2.197225, -0.163958, 0.165398]],
  ["words", 1.609438, ["usual", 0.754238, -0.100022, 1.837992], ["usual", 0.762779, 0.049937, -0.541428]],
  ["known_en", 0.333333, ["score", 0.445516, 0.156302, -0.204525], ["lift", 0.046818, -0.305025, 0.992824]],
  ["lift", 0.066669, ["support", 0.779997, 0.144011, -0.319739], ["lexical", 0.145391, 1.002776, 0.022052]],
  ["usual", 0.729281, ["coverage", 0.211922, 0.00979, -0.985479], ["score", 0.622754, -0.002497, 1.093678]],
  ["known", 0.909091, ["known", 0.75, 0.052887, -0.379197], ["usual", 0.729281, -0.510291, 1.113736]],
  ["usual", 0.713419, ["words", 2.397895, -0.702432, 1.105968], ["lexical", 0.265243, 0.010687, 0.897224]],
  ["words", 1.609438, ["usual", 0.754238, -0.093892, 1.791323], ["lexical", 0.265243, -0.099505, 0.872885]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.044839, -0.440712], ["lexical", 0.106919, -0.362486, 0.950519]],
  ["coverage", 0.053529, ["score", 0.427159, -0.003751, 1.137083], ["lift", 0.038508, 0.3181, -0.169598]],
  ["lift", 0.066669, ["support", 0.779997, 0.142396, -0.309087], ["lexical", 0.145391, 0.982243, 0.015432]],
  ["usual", 0.729281, ["words", 2.079442, -0.607684, 0.223195], ["words", 1.94591, 0.74357, -0.048494]],
  ["known", 0.909091, ["score", 0.445516, 0.137624, -0.185662], ["usual", 0.729281, -0.478123, 1.093105]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.044704, -0.435077], ["lift", 0.046818, -0.299423, 0.969036]],
  ["words", 2.639057, ["lexical", 0.232262, -0.09759, 0.647141], ["agree", 0.0, 1.05549, -0.769278]],
  ["usual", 0.729281, ["coverage", 0.211922, 0.022689, -0.911256], ["score", 0.622754, -0.004701, 1.053336]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.042381, -0.419412], ["lexical", 0.106919, -0.36495, 0.928482]],
  ["coverage", 0.079572, ["known", 0.333333, -0.172519, 0.793373], ["coverage", 0.293485, -0.183398, 0.269428]],
  ["lexical", 0.082077, ["lift", 0.061901, 0.21474, 1.337432], ["words", 2.197225, -0.188533, 0.171736]],
  ["known", 0.909091, ["known", 0.75, 0.052144, -0.357512], ["usual", 0.729281, -0.426541, 1.077014]],
  ["lift", 0.066669, ["support", 0.779997, 0.136767, -0.297622], ["lexical", 0.145391, 0.967284, 0.009932]],
  ["usual", 0.713419, ["words", 2.397895, -0.661441, 1.053147], ["words", 1.94591, 0.417753, -0.03608]],
  ["words", 1.386294, ["score", 0.386624, 0.119073, 1.158058], ["words", 2.197225, -0.152958, 0.152204]],
  ["known_en", 0.333333, ["usual", 0.729281, -0.318351, 0.066243], ["lexical", 0.106919, -0.356111, 0.914852]],
  ["support", 0.838232, ["lift", 0.105312, 0.009669, -0.884897], ["score", 0.516537, -0.155468, 0.902777]],
  ["lift", 0.066669, ["support", 0.779997, 0.13217, -0.289584], ["lexical", 0.145391, 0.950071, 0.013612]],
  ["words", 2.639057, ["lexical", 0.232262, -0.09337, 0.631624], ["agree", 0.0, 1.017072, -0.727506]],
  ["words", 1.386294, ["score", 0.386624, 0.122548, 1.142988], ["words", 2.197225, -0.145547, 0.142709]],
  ["words", 1.609438, ["usual", 0.754238, -0.09826, 1.712152], ["usual", 0.762779, 0.047063, -0.496135]]
 ]
}
