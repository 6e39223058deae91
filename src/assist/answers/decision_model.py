"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 1.5709533059418341,
 "coef": {
  "cosine": -0.13675146264327048,
  "coverage": 0.9886102071949021,
  "lexical": -0.23726705003660603,
  "known": 0.4803796847489264,
  "kind": -0.02132637044781208,
  "kind_list": -0.04961905661471062,
  "score": 0.049897909089247905,
  "english": -0.3084565110698021,
  "words": 1.0820596176953678,
  "score_en": 0.617721396876791,
  "support": 0.5726618268096149,
  "lift": 1.4178946216402442,
  "agree": -0.2257147517892117,
  "known_en": 0.9823242617832791,
  "usual": 0.17096389032850123
 },
 "mean": {
  "cosine": 0.44859324926337346,
  "coverage": 0.37327878105888984,
  "lexical": 0.19549467169091506,
  "known": 0.6700572008884821,
  "kind": 0.1308550185873606,
  "kind_list": 0.055762081784386616,
  "score": 0.64794371097783,
  "english": 0.26914498141263943,
  "words": 1.9965564067443815,
  "score_en": 0.173490621224853,
  "support": 0.816489227733224,
  "lift": 0.08256018853940593,
  "agree": 0.48029739776951674,
  "known_en": 0.11301038757631802,
  "usual": 0.7433781175892313
 },
 "scale": {
  "cosine": 0.07966618093286784,
  "coverage": 0.3360354882283075,
  "lexical": 0.08997611860305933,
  "known": 0.29856989519700494,
  "kind": 0.33724172739722236,
  "kind_list": 0.22946170055035128,
  "score": 0.2862291862589431,
  "english": 0.44351545676902027,
  "words": 0.483476741588085,
  "score_en": 0.32746930815303515,
  "support": 0.05456567465840255,
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
   "intercept": 0.5702259516106574,
   "coef": {
    "cosine": 0.26251180439081306,
    "coverage": 0.008767820926798202,
    "lexical": 1.1260306508153777,
    "known": 0.9713804057608216,
    "score": -0.23477703638149117,
    "english": 1.1518636355048675,
    "support": 0.2093269478781476,
    "lift": 1.036052367106329,
    "word_lift": -0.32263103868112525
   },
   "mean": {
    "cosine": 0.43197364357728807,
    "coverage": 0.23467594511365317,
    "lexical": 0.21632952955157517,
    "known": 0.6264541564713971,
    "score": 0.5199859737342865,
    "english": 0.17936507936507937,
    "support": 0.7952960023183152,
    "lift": 0.05905442743189514,
    "word_lift": 0.05273179402427068
   },
   "scale": {
    "cosine": 0.06240677534402025,
    "coverage": 0.21857108461645278,
    "lexical": 0.09061483819309502,
    "known": 0.26664960370886226,
    "score": 0.14508325394761196,
    "english": 0.3836577220250329,
    "support": 0.04280065894520945,
    "lift": 0.02898661663644906,
    "word_lift": 0.023051057534444568
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
   "auc": 0.8477,
   "answered": 0.7761557177615572,
   "declined": 0.7579908675799086,
   "profiles": {
    "covered": 177,
    "uncovered": 83,
    "answered": 0.8135593220338984,
    "declined": 0.7710843373493976,
    "covered_answered_count": 144,
    "uncovered_declined_count": 64,
    "covered_closest_count": 30,
    "uncovered_closest_count": 50,
    "auc": 0.8515,
    "ndcg@5": 0.727970513418696,
    "recall@5": 0.7570621468926554,
    "ndcg@5 closest counted": 0.8279159767848365,
    "recall@5 closest counted": 0.8747645951035781
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.898,
     0.516
    ],
    "0.35": [
     0.866,
     0.612
    ],
    "0.4": [
     0.82,
     0.648
    ],
    "0.45": [
     0.779,
     0.749
    ],
    "0.5": [
     0.737,
     0.795
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
     0.409,
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
    "auc": 0.8509,
    "answered": 0.7664233576642335,
    "declined": 0.7853881278538812,
    "profiles": {
     "covered": 177,
     "uncovered": 83,
     "answered": 0.8022598870056498,
     "declined": 0.8072289156626506,
     "covered_answered_count": 142,
     "uncovered_declined_count": 67,
     "covered_closest_count": 32,
     "uncovered_closest_count": 56,
     "auc": 0.8605,
     "ndcg@5": 0.7231727255250722,
     "recall@5": 0.751412429378531,
     "ndcg@5 closest counted": 0.8279900763092637,
     "recall@5 closest counted": 0.8747645951035782
    },
    "curve (threshold: answered, declined)": {
     "0.3": [
      0.891,
      0.534
     ],
     "0.35": [
      0.861,
      0.616
     ],
     "0.4": [
      0.81,
      0.699
     ],
     "0.45": [
      0.774,
      0.749
     ],
     "0.5": [
      0.73,
      0.804
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
      0.523,
      0.959
     ],
     "0.75": [
      0.455,
      0.977
     ],
     "0.8": [
      0.404,
      0.977
     ],
     "0.85": [
      0.343,
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
       0.852
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
       0.833
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
     "auc": 0.8977,
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
      "auc": 0.8977,
      "ndcg@5": 0.7260534254084038,
      "recall@5": 0.7412280701754386,
      "ndcg@5 closest counted": 0.8519862380150806,
      "recall@5 closest counted": 0.8991228070175438
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
       0.579,
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
     "auc": 0.7939,
     "answered": 0.6829268292682927,
     "declined": 0.75,
     "profiles": {
      "covered": 41,
      "uncovered": 20,
      "answered": 0.6829268292682927,
      "declined": 0.75,
      "covered_answered_count": 28,
      "uncovered_declined_count": 15,
      "covered_closest_count": 12,
      "uncovered_closest_count": 13,
      "auc": 0.7939,
      "ndcg@5": 0.6311592585930142,
      "recall@5": 0.6707317073170732,
      "ndcg@5 closest counted": 0.8274711288153167,
      "recall@5 closest counted": 0.9146341463414634
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
       0.561,
       0.85
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
       0.22,
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
     "auc": 0.681,
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
      "auc": 0.681,
      "ndcg@5": 0.5468493539230614,
      "recall@5": 0.5595238095238095,
      "ndcg@5 closest counted": 0.6830026284619608,
      "recall@5 closest counted": 0.6984126984126984
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
       0.7
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
     "auc": 0.6369,
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
       0.25,
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
       0.667
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
     "auc": 0.7781,
     "answered": 0.65,
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
       0.625
      ],
      "0.35": [
       0.825,
       0.667
      ],
      "0.4": [
       0.725,
       0.667
      ],
      "0.45": [
       0.7,
       0.667
      ],
      "0.5": [
       0.6,
       0.667
      ],
      "0.55": [
       0.5,
       0.75
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
       0.275,
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
       0.875
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
       0.426,
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
    0.7
   ],
   "items": 630,
   "covered": 411,
   "uncovered": 219,
   "auc": 0.8279,
   "answered": 0.6909975669099757,
   "declined": 0.730593607305936,
   "profiles": {
    "covered": 177,
    "uncovered": 83,
    "answered": 0.8248587570621468,
    "declined": 0.42168674698795183,
    "covered_answered_count": 146,
    "uncovered_declined_count": 35,
    "covered_closest_count": 30,
    "uncovered_closest_count": 31,
    "auc": 0.769,
    "ndcg@5": 0.7229431200254686,
    "recall@5": 0.7551789077212807,
    "ndcg@5 closest counted": 0.8398378280285291,
    "recall@5 closest counted": 0.8879472693032016
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.961,
     0.384
    ],
    "0.35": [
     0.954,
     0.457
    ],
    "0.4": [
     0.939,
     0.502
    ],
    "0.45": [
     0.92,
     0.534
    ],
    "0.5": [
     0.883,
     0.589
    ],
    "0.55": [
     0.837,
     0.621
    ],
    "0.6": [
     0.793,
     0.648
    ],
    "0.65": [
     0.762,
     0.689
    ],
    "0.7": [
     0.691,
     0.731
    ],
    "0.75": [
     0.625,
     0.795
    ],
    "0.8": [
     0.582,
     0.877
    ],
    "0.85": [
     0.504,
     0.941
    ],
    "0.9": [
     0.375,
     0.968
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
  "date": "2026-12-01 06:41 UTC",
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
   "auc": 0.9343,
   "answered": 0.8709677419354839,
   "declined": 0.8576923076923076,
   "closest_offered": {
    "in_scope": 0.09946236559139784,
    "declinable": 0.31153846153846154,
    "all": 0.13953488372093023
   },
   "relevant_among_closest": 0.6576576576576577,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.15,
   "questions": 1376,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.96,
     0.608
    ],
    "0.3": [
     0.929,
     0.727
    ],
    "0.4": [
     0.896,
     0.827
    ],
    "0.5": [
     0.848,
     0.896
    ],
    "0.6": [
     0.783,
     0.927
    ],
    "0.7": [
     0.728,
     0.946
    ],
    "0.8": [
     0.676,
     0.977
    ]
   }
  },
  "decision_grouped_cross_validated_dev": {
   "auc": 0.9283,
   "answered": 0.8701,
   "declined": 0.8615,
   "closest_offered": {
    "in_scope": 0.09946236559139784,
    "declinable": 0.3269230769230769,
    "all": 0.14244186046511628
   },
   "relevant_among_closest": 0.6756756756756757,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.15,
   "questions": 1376,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.956,
     0.608
    ],
    "0.3": [
     0.924,
     0.708
    ],
    "0.4": [
     0.885,
     0.819
    ],
    "0.5": [
     0.845,
     0.881
    ],
    "0.6": [
     0.794,
     0.9
    ],
    "0.7": [
     0.728,
     0.95
    ],
    "0.8": [
     0.662,
     0.973
    ]
   },
   "nested": {
    "answered": 0.8575,
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
     "auc": 0.9456,
     "threshold": 0.45,
     "answered": 0.8394,
     "declined": 0.8409
    },
    "questions_blind.jsonl": {
     "questions": 162,
     "auc": 0.9463,
     "threshold": 0.45,
     "answered": 0.8529,
     "declined": 0.9231
    },
    "questions_blind2.jsonl": {
     "questions": 181,
     "auc": 0.9406,
     "threshold": 0.45,
     "answered": 0.9267,
     "declined": 0.871
    },
    "questions_blind3.jsonl": {
     "questions": 229,
     "auc": 0.9286,
     "threshold": 0.5,
     "answered": 0.8534,
     "declined": 0.8421
    },
    "questions_blind4.jsonl": {
     "questions": 255,
     "auc": 0.9132,
     "threshold": 0.5,
     "answered": 0.8578,
     "declined": 0.8636
    },
    "questions_blind5.jsonl": {
     "questions": 262,
     "auc": 0.9198,
     "threshold": 0.45,
     "answered": 0.8249,
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
  ["coverage", 0.100424, ["known", 0.333333, 0.012052, 1.116189], ["known", 0.909091, -0.448405, 1.053949]],
  ["words", 2.197225, ["words", 1.609438, 0.929092, -0.662116], ["usual", 0.757784, 0.792421, -0.763149]],
  ["coverage", 0.100424, ["known", 0.333333, 0.001828, 1.033557], ["known", 0.909091, -0.419356, 1.018144]],
  ["words", 2.197225, ["words", 1.609438, 0.878046, -0.626999], ["usual", 0.762779, 0.70468, -0.896691]],
  ["words", 2.197225, ["words", 1.609438, 0.832994, -0.599595], ["usual", 0.757784, 0.70738, -0.687888]],
  ["coverage", 0.100424, ["known", 0.333333, -0.016306, 0.947482], ["known", 0.909091, -0.38603, 0.976233]],
  ["words", 2.197225, ["words", 1.609438, 0.786834, -0.567775], ["usual", 0.762779, 0.630246, -0.809858]],
  ["coverage", 0.100424, ["known", 0.333333, -0.023971, 0.88183], ["known", 0.909091, -0.361603, 0.944932]],
  ["words", 2.197225, ["words", 1.609438, 0.743038, -0.537773], ["usual", 0.762779, 0.592715, -0.762315]],
  ["words", 2.197225, ["words", 1.609438, 0.704981, -0.514094], ["usual", 0.757784, 0.596732, -0.591233]],
  ["words", 1.386294, ["known_en", 0.0, 2.130914, 0.222277], ["words", 2.197225, -0.32436, 0.339951]],
  ["coverage", 0.100424, ["known", 0.333333, -0.043112, 0.810175], ["known", 0.909091, -0.32972, 0.905904]],
  ["words", 1.386294, ["known_en", 0.0, 2.090688, 0.224874], ["words", 2.197225, -0.306364, 0.320062]],
  ["words", 1.386294, ["usual", 0.719151, 0.17067, 2.030075], ["words", 2.197225, -0.292121, 0.304407]],
  ["coverage", 0.100424, ["known_en", 0.0, 0.67108, -0.180565], ["known", 0.909091, -0.307951, 0.87769]],
  ["words", 1.386294, ["usual", 0.719151, 0.161994, 1.972018], ["words", 2.197225, -0.276261, 0.287365]],
  ["words", 1.609438, ["usual", 0.754238, -0.070328, 2.358822], ["words", 2.197225, -0.429563, 0.273333]],
  ["coverage", 0.100424, ["known", 0.333333, -0.056814, 0.723841], ["known", 0.909091, -0.287459, 0.843351]],
  ["words", 1.386294, ["known_en", 0.0, 1.903863, 0.165306], ["words", 2.484907, -0.13706, 0.603832]],
  ["words", 1.609438, ["usual", 0.754238, -0.071594, 2.283424], ["words", 2.197225, -0.400573, 0.252911]],
  ["lift", 0.066669, ["support", 0.779997, 0.248778, -0.549551], ["usual", 0.741316, -0.077802, 1.088113]],
  ["coverage", 0.053212, ["cosine", 0.390283, 0.021504, 1.188085], ["coverage", 0.528631, -0.184091, 0.950097]],
  ["words", 1.386294, ["known_en", 0.0, 1.807672, 0.147671], ["words", 2.484907, -0.126694, 0.564736]],
  ["lift", 0.066669, ["support", 0.779997, 0.23766, -0.522282], ["usual", 0.741316, -0.076242, 1.063893]],
  ["score", 0.44547, ["known_en", 0.0, 0.458597, -0.259999], ["words", 1.609438, 0.78028, -0.369159]],
  ["lift", 0.066669, ["support", 0.779997, 0.218683, -0.494118], ["usual", 0.741316, -0.068793, 1.040387]],
  ["words", 1.386294, ["usual", 0.719151, 0.098096, 1.738642], ["words", 2.197225, -0.232592, 0.242675]],
  ["coverage", 0.053212, ["cosine", 0.390283, 0.000131, 1.132948], ["coverage", 0.528631, -0.169412, 0.913139]],
  ["words", 1.386294, ["known_en", 0.0, 1.686044, 0.115432], ["words", 2.197225, -0.222731, 0.233508]],
  ["lift", 0.066669, ["support", 0.779997, 0.20742, -0.471866], ["usual", 0.724992, -0.374943, 0.775249]],
  ["words", 1.609438, ["usual", 0.754238, -0.107838, 2.188877], ["score", 0.44547, 0.234384, -0.343585]],
  ["lift", 0.066669, ["support", 0.779997, 0.192661, -0.446711], ["usual", 0.741316, -0.062685, 0.999981]],
  ["coverage", 0.053212, ["cosine", 0.390283, -0.019556, 1.078532], ["known", 0.909091, -0.166671, 0.746503]],
  ["words", 1.386294, ["usual", 0.719151, 0.070693, 1.59031], ["words", 2.197225, -0.215165, 0.226464]],
  ["support", 0.838232, ["score", 0.44547, 0.21396, -0.280558], ["score", 0.514808, -0.053694, 1.048768]],
  ["words", 1.609438, ["usual", 0.754238, -0.106806, 2.122819], ["words", 2.197225, -0.335, 0.214778]],
  ["lift", 0.066669, ["support", 0.779997, 0.179289, -0.422065], ["usual", 0.741316, -0.0505, 0.977609]],
  ["words", 2.639057, ["lift", 0.066669, -0.183541, 0.417513], ["support", 0.788239, 1.327027, -0.823024]],
  ["coverage", 0.053212, ["known", 0.333333, -0.027277, 1.04772], ["coverage", 0.528631, -0.144604, 0.849723]],
  ["words", 1.386294, ["known_en", 0.0, 1.529958, 0.074281], ["words", 2.197225, -0.198624, 0.206327]],
  ["words", 1.609438, ["usual", 0.754238, -0.106911, 2.069358], ["usual", 0.762779, 0.053352, -0.6205]],
  ["support", 0.838232, ["score", 0.44547, 0.19821, -0.257468], ["lift", 0.066669, -0.133475, 0.991485]],
  ["words", 2.639057, ["lift", 0.066669, -0.172067, 0.397652], ["support", 0.788239, 1.27034, -0.78326]],
  ["words", 1.609438, ["usual", 0.754238, -0.103703, 2.021557], ["words", 2.197225, -0.307877, 0.197299]],
  ["coverage", 0.053212, ["cosine", 0.390283, -0.065827, 0.997378], ["lift", 0.038508, 0.364476, -0.195577]],
  ["support", 0.838232, ["lift", 0.105312, 0.006282, -1.257169], ["score", 0.514808, -0.093639, 0.997645]],
  ["words", 1.386294, ["known_en", 0.0, 1.405729, 0.05884], ["words", 2.639057, -0.075088, 0.604269]],
  ["lift", 0.066669, ["support", 0.779997, 0.164849, -0.377555], ["usual", 0.724992, -0.3439, 0.694206]],
  ["usual", 0.729281, ["words", 2.079442, -0.73705, 0.301024], ["score", 0.620495, -0.017008, 1.326311]],
  ["words", 1.609438, ["usual", 0.754238, -0.088817, 1.950424], ["usual", 0.762779, 0.052025, -0.590186]],
  ["score", 0.44547, ["known_en", 0.0, 0.387884, -0.316668], ["coverage", 0.0, 1.683386, -0.221439]],
  ["known_en", 0.333333, ["score", 0.44547, 0.182616, -0.236204], ["lift", 0.046818, -0.32872, 1.050138]],
  ["lift", 0.066669, ["support", 0.779997, 0.149825, -0.353577], ["usual", 0.741316, -0.057184, 0.909533]],
  ["usual", 0.729281, ["words", 2.197225, -0.663659, 0.34639], ["score", 0.620495, -0.012536, 1.30696]],
  ["words", 1.609438, ["usual", 0.754238, -0.080471, 1.891868], ["lexical", 0.265243, -0.112511, 0.918969]],
  ["known_en", 0.333333, ["score", 0.44547, 0.178616, -0.231244], ["lift", 0.046818, -0.311507, 1.033703]],
  ["usual", 0.729281, ["words", 2.079442, -0.688265, 0.262586], ["score", 0.620495, -0.009922, 1.279482]],
  ["known_en", 0.333333, ["score", 0.44547, 0.172195, -0.224279], ["lexical", 0.106919, -0.35791, 1.000899]],
  ["known", 0.909091, ["coverage", 0.100424, 0.219145, -0.181813], ["usual", 0.729281, -0.586942, 1.153557]],
  ["words", 1.386294, ["known_en", 0.0, 1.284698, 0.039454], ["known_en", 0.333333, -0.062643, 0.661406]],
  ["usual", 0.729281, ["coverage", 0.211458, 0.008185, -1.042087], ["score", 0.620495, -0.007247, 1.259433]],
  ["words", 2.639057, ["lexical", 0.232262, -0.108073, 0.682151], ["agree", 0.0, 1.141912, -0.832525]],
  ["words", 1.609438, ["usual", 0.754238, -0.07205, 1.83063], ["usual", 0.762779, 0.04816, -0.547304]],
  ["known", 0.909091, ["coverage", 0.100424, 0.206588, -0.171324], ["usual", 0.729281, -0.529777, 1.135951]],
  ["lift", 0.066669, ["words", 2.639057, -0.144621, 0.696574], ["lexical", 0.145391, 1.008637, 0.034712]],
  ["usual", 0.713419, ["words", 2.397895, -0.732977, 1.126478], ["score", 0.620495, -0.009398, 0.665018]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.049897, -0.484082], ["lift", 0.046818, -0.299632, 1.009301]],
  ["lift", 0.033214, ["score_en", 0.303806, 0.695177, -0.653429], ["lift", 0.066669, -0.172946, 0.29638]],
  ["usual", 0.729281, ["coverage", 0.211458, 0.008719, -1.004233], ["score", 0.620495, -0.001581, 1.220343]],
  ["words", 1.386294, ["known_en", 0.0, 1.20969, 0.036651], ["words", 2.197225, -0.166917, 0.167552]],
  ["words", 1.609438, ["usual", 0.754238, -0.06332, 1.772388], ["usual", 0.762779, 0.04621, -0.52806]],
  ["known_en", 0.333333, ["score", 0.44547, 0.164121, -0.214517], ["lexical", 0.106919, -0.357024, 0.973418]],
  ["usual", 0.729281, ["words", 2.079442, -0.630081, 0.227666], ["score", 0.620495, 0.000338, 1.195578]],
  ["lexical", 0.082077, ["lift", 0.061901, 0.255173, 1.397935], ["known", 0.333333, -0.462575, 0.065938]],
  ["coverage", 0.053212, ["cosine", 0.390283, -0.107609, 0.920436], ["lift", 0.038508, 0.330524, -0.177466]],
  ["known", 0.909091, ["score", 0.44547, 0.147552, -0.199733], ["usual", 0.729281, -0.466346, 1.118515]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.043785, -0.44726], ["lexical", 0.106919, -0.341016, 0.959911]],
  ["words", 1.609438, ["usual", 0.754238, -0.053836, 1.710458], ["lexical", 0.265243, -0.099659, 0.87103]],
  ["coverage", 0.053212, ["known", 0.333333, -0.087514, 0.888221], ["lift", 0.038508, 0.311807, -0.169791]],
  ["known_en", 0.333333, ["score", 0.44547, 0.150377, -0.198633], ["lift", 0.046818, -0.291054, 0.978599]],
  ["known", 0.909091, ["known", 0.75, 0.052338, -0.367852], ["usual", 0.729281, -0.443738, 1.103413]],
  ["lift", 0.066669, ["support", 0.779997, 0.142744, -0.313857], ["lexical", 0.145391, 0.984358, 0.016576]],
  ["usual", 0.729281, ["words", 2.197225, -0.566385, 0.274344], ["score", 0.620495, 0.002224, 1.176892]],
  ["words", 1.609438, ["usual", 0.754238, -0.051699, 1.661869], ["lexical", 0.265243, -0.094752, 0.85315]],
  ["known_en", 0.333333, ["usual", 0.729281, -0.331744, 0.070415], ["lexical", 0.106919, -0.347939, 0.932173]],
  ["words", 2.639057, ["lexical", 0.232262, -0.096718, 0.649405], ["agree", 0.0, 1.066613, -0.817833]],
  ["lexical", 0.082077, ["lift", 0.061901, 0.222003, 1.34499], ["known", 0.333333, -0.426096, 0.060291]],
  ["known", 0.909091, ["coverage", 0.100424, 0.181693, -0.149974], ["usual", 0.729281, -0.407283, 1.085684]],
  ["words", 1.609438, ["usual", 0.754238, -0.046537, 1.617746], ["usual", 0.748582, 0.112423, -0.307938]],
  ["usual", 0.713419, ["words", 2.397895, -0.664519, 1.06463], ["words", 1.94591, 0.439533, -0.037138]],
  ["known_en", 0.333333, ["usual", 0.729281, -0.317863, 0.066807], ["lift", 0.046818, -0.283984, 0.95402]],
  ["lift", 0.066669, ["support", 0.779997, 0.144246, -0.304287], ["lexical", 0.145391, 0.975297, 0.002936]],
  ["words", 2.639057, ["lexical", 0.232262, -0.093228, 0.634498], ["support", 0.788239, 1.062421, -0.740666]],
  ["usual", 0.729281, ["coverage", 0.147596, 0.131055, -0.690304], ["score", 0.663429, 0.009265, 1.288883]],
  ["known", 0.909091, ["score", 0.44547, 0.131592, -0.175756], ["lexical", 0.1535, -0.410655, 1.043869]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.045528, -0.42309], ["lexical", 0.106919, -0.350674, 0.909016]],
  ["words", 2.197225, ["lexical", 0.145391, 0.192397, -0.384548], ["known", 0.222222, -0.589363, 0.317495]],
  ["lift", 0.066669, ["support", 0.779997, 0.133688, -0.29067], ["lexical", 0.145391, 0.945279, 0.008253]],
  ["usual", 0.713419, ["words", 2.397895, -0.643825, 1.033224], ["words", 1.94591, 0.416693, -0.035491]],
  ["support", 0.85147, ["lift", 0.105312, 0.014059, -0.771135], ["known_en", 0.666667, 0.816819, 0.005035]]
 ]
}
