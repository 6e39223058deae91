"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 1.6995513531117918,
 "coef": {
  "cosine": -0.2152267632387151,
  "coverage": 1.252011779561558,
  "lexical": -0.0999141774461331,
  "known": 0.059344165494510374,
  "kind": -0.028090667258116722,
  "kind_list": 0.11885405534316637,
  "score": 0.12155094575151716,
  "english": -0.45304146280903357,
  "words": 1.1068076338570303,
  "score_en": 0.7730553048959802,
  "support": 0.7017664355908952,
  "lift": 1.4676572068318376,
  "agree": -0.1560891799662395,
  "known_en": 0.8087066613742816,
  "usual": 0.13953939177155686
 },
 "mean": {
  "cosine": 0.44908477810296143,
  "coverage": 0.38454508908291385,
  "lexical": 0.19283656376146152,
  "known": 0.6681302570291456,
  "kind": 0.11818181818181818,
  "kind_list": 0.05,
  "score": 0.4647265876296927,
  "english": 0.2718181818181818,
  "words": 1.9728941074144057,
  "score_en": 0.12473801692074322,
  "support": 0.819530333459005,
  "lift": 0.08362855482421008,
  "agree": 0.4509090909090909,
  "known_en": 0.11171380966033376,
  "usual": 0.7440379575114086
 },
 "scale": {
  "cosine": 0.0795014916806996,
  "coverage": 0.3384983390042674,
  "lexical": 0.09152944553183577,
  "known": 0.3043507066877188,
  "kind": 0.32282328917390146,
  "kind_list": 0.217944947177033,
  "score": 0.2683323556036753,
  "english": 0.44489668222098194,
  "words": 0.4785525764867655,
  "score_en": 0.25114084341258186,
  "support": 0.05263166943565899,
  "lift": 0.042873194538301115,
  "agree": 0.49758424678101065,
  "known_en": 0.23984991964012617,
  "usual": 0.024207144461198316
 },
 "rate": 0.05,
 "threshold": 0.45,
 "closest": 0.1,
 "ratio": 0.5,
 "rank": {
  "semantic": 0.5,
  "coverage": 0.15,
  "lexical": 0.0,
  "name": 0.5,
  "kind": 0.15,
  "document_penalty": 0.1,
  "cos_floor": 0.1,
  "cos_ceiling": 0.7,
  "late": 6.0
 },
 "need": {
  "model": {
   "intercept": 0.7006224256883066,
   "coef": {
    "cosine": 0.10072995788653104,
    "coverage": 0.32398934147961733,
    "lexical": 1.14624243875483,
    "known": 0.6401273738570226,
    "score": -0.1389693358510046,
    "english": 0.8993506896021968,
    "support": 0.4495209068219839,
    "lift": 0.8541958959646792,
    "word_lift": -0.19119400279224602
   },
   "mean": {
    "cosine": 0.4358891225916519,
    "coverage": 0.26084872397937914,
    "lexical": 0.21771304223679952,
    "known": 0.638974913680169,
    "score": 0.340369669124779,
    "english": 0.16700201207243462,
    "support": 0.8014204726207512,
    "lift": 0.06215361252041082,
    "word_lift": 0.05680463509540443
   },
   "scale": {
    "cosine": 0.06357145281117205,
    "coverage": 0.23066604241607205,
    "lexical": 0.0929059108762085,
    "known": 0.2620883543761845,
    "score": 0.12496170056304723,
    "english": 0.37297766694024975,
    "support": 0.041987502625420094,
    "lift": 0.029912570526282357,
    "word_lift": 0.02334608640020373
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
   "auc": 0.8618,
   "answered": 0.7670807453416149,
   "declined": 0.7828571428571428,
   "profiles": {
    "covered": 135,
    "uncovered": 63,
    "answered": 0.8296296296296296,
    "declined": 0.8095238095238095,
    "covered_answered_count": 112,
    "uncovered_declined_count": 51,
    "covered_closest_count": 22,
    "uncovered_closest_count": 46,
    "auc": 0.8919,
    "ndcg@5": 0.743125380699142,
    "recall@5": 0.7888888888888889,
    "ndcg@5 closest counted": 0.8293289214733862,
    "recall@5 closest counted": 0.8907407407407407
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.898,
     0.531
    ],
    "0.35": [
     0.857,
     0.634
    ],
    "0.4": [
     0.823,
     0.743
    ],
    "0.45": [
     0.77,
     0.789
    ],
    "0.5": [
     0.73,
     0.846
    ],
    "0.55": [
     0.699,
     0.869
    ],
    "0.6": [
     0.68,
     0.914
    ],
    "0.65": [
     0.612,
     0.931
    ],
    "0.7": [
     0.553,
     0.954
    ],
    "0.75": [
     0.497,
     0.971
    ],
    "0.8": [
     0.444,
     0.977
    ],
    "0.85": [
     0.391,
     0.983
    ],
    "0.9": [
     0.32,
     0.989
    ]
   }
  },
  "grouped_cross_validated_dev": {
   "all": {
    "threshold": [
     0.3,
     0.35,
     0.4,
     0.45,
     0.5,
     0.55
    ],
    "items": 497,
    "covered": 322,
    "uncovered": 175,
    "auc": 0.8578,
    "answered": 0.7546583850931677,
    "declined": 0.7942857142857143,
    "profiles": {
     "covered": 135,
     "uncovered": 63,
     "answered": 0.8222222222222222,
     "declined": 0.8571428571428571,
     "covered_answered_count": 111,
     "uncovered_declined_count": 54,
     "covered_closest_count": 23,
     "uncovered_closest_count": 49,
     "auc": 0.8912,
     "ndcg@5": 0.7410867386267382,
     "recall@5": 0.7814814814814814,
     "ndcg@5 closest counted": 0.8288435672867658,
     "recall@5 closest counted": 0.8907407407407407
    },
    "curve (threshold: answered, declined)": {
     "0.3": [
      0.891,
      0.543
     ],
     "0.35": [
      0.848,
      0.674
     ],
     "0.4": [
      0.811,
      0.709
     ],
     "0.45": [
      0.755,
      0.771
     ],
     "0.5": [
      0.727,
      0.823
     ],
     "0.55": [
      0.705,
      0.869
     ],
     "0.6": [
      0.655,
      0.92
     ],
     "0.65": [
      0.599,
      0.949
     ],
     "0.7": [
      0.547,
      0.949
     ],
     "0.75": [
      0.506,
      0.977
     ],
     "0.8": [
      0.435,
      0.977
     ],
     "0.85": [
      0.385,
      0.989
     ],
     "0.9": [
      0.304,
      0.989
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
       0.741
      ],
      "0.35": [
       0.0,
       0.778
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
       0.889
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
      0.45,
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
      "uncovered_closest_count": 9,
      "auc": 1.0,
      "ndcg@5": 0.9250948112692956,
      "recall@5": 0.9777777777777777,
      "ndcg@5 closest counted": 0.9250948112692956,
      "recall@5 closest counted": 0.9777777777777777
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.417
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
       0.967,
       1.0
      ],
      "0.65": [
       0.9,
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
       0.7,
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
      0.3,
      0.55
     ],
     "items": 56,
     "covered": 38,
     "uncovered": 18,
     "auc": 0.9035,
     "answered": 0.8157894736842105,
     "declined": 0.8333333333333334,
     "profiles": {
      "covered": 38,
      "uncovered": 18,
      "answered": 0.8157894736842105,
      "declined": 0.8333333333333334,
      "covered_answered_count": 31,
      "uncovered_declined_count": 15,
      "covered_closest_count": 7,
      "uncovered_closest_count": 15,
      "auc": 0.9035,
      "ndcg@5": 0.7223518461057578,
      "recall@5": 0.7412280701754386,
      "ndcg@5 closest counted": 0.8107162915745765,
      "recall@5 closest counted": 0.8596491228070174
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.895,
       0.5
      ],
      "0.35": [
       0.868,
       0.667
      ],
      "0.4": [
       0.868,
       0.722
      ],
      "0.45": [
       0.868,
       0.833
      ],
      "0.5": [
       0.816,
       0.833
      ],
      "0.55": [
       0.816,
       0.944
      ],
      "0.6": [
       0.763,
       0.944
      ],
      "0.65": [
       0.684,
       1.0
      ],
      "0.7": [
       0.632,
       1.0
      ],
      "0.75": [
       0.553,
       1.0
      ],
      "0.8": [
       0.421,
       1.0
      ],
      "0.85": [
       0.421,
       1.0
      ],
      "0.9": [
       0.237,
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
     "auc": 0.7598,
     "answered": 0.6097560975609756,
     "declined": 0.85,
     "profiles": {
      "covered": 41,
      "uncovered": 20,
      "answered": 0.6097560975609756,
      "declined": 0.85,
      "covered_answered_count": 25,
      "uncovered_declined_count": 17,
      "covered_closest_count": 16,
      "uncovered_closest_count": 16,
      "auc": 0.7598,
      "ndcg@5": 0.5367262581766219,
      "recall@5": 0.573170731707317,
      "ndcg@5 closest counted": 0.7437829152812219,
      "recall@5 closest counted": 0.823170731707317
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.829,
       0.5
      ],
      "0.35": [
       0.707,
       0.7
      ],
      "0.4": [
       0.634,
       0.7
      ],
      "0.45": [
       0.537,
       0.85
      ],
      "0.5": [
       0.488,
       0.85
      ],
      "0.55": [
       0.463,
       0.9
      ],
      "0.6": [
       0.341,
       0.95
      ],
      "0.65": [
       0.293,
       0.95
      ],
      "0.7": [
       0.268,
       0.95
      ],
      "0.75": [
       0.244,
       0.95
      ],
      "0.8": [
       0.195,
       0.95
      ],
      "0.85": [
       0.146,
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
      0.3,
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
      "ndcg@5": 0.8858665681811679,
      "recall@5": 1.0,
      "ndcg@5 closest counted": 0.8858665681811679,
      "recall@5 closest counted": 1.0
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.625
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
       0.875
      ],
      "0.5": [
       1.0,
       1.0
      ],
      "0.55": [
       0.875,
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
       0.5,
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
      0.35,
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
      "ndcg@5": 0.8750992274345086,
      "recall@5": 0.9166666666666666,
      "ndcg@5 closest counted": 0.8750992274345086,
      "recall@5 closest counted": 0.9166666666666666
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.944,
       0.2
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
       0.833,
       1.0
      ],
      "0.85": [
       0.778,
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
      0.4,
      0.5
     ],
     "items": 64,
     "covered": 51,
     "uncovered": 13,
     "auc": 0.9261,
     "answered": 0.9411764705882353,
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
       0.385
      ],
      "0.35": [
       0.941,
       0.615
      ],
      "0.4": [
       0.941,
       0.769
      ],
      "0.45": [
       0.941,
       0.769
      ],
      "0.5": [
       0.941,
       0.846
      ],
      "0.55": [
       0.941,
       0.846
      ],
      "0.6": [
       0.922,
       0.846
      ],
      "0.65": [
       0.882,
       0.846
      ],
      "0.7": [
       0.843,
       0.846
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
       0.706,
       1.0
      ]
     }
    },
    "questions_blind.jsonl": {
     "threshold": [
      0.35,
      0.5
     ],
     "items": 40,
     "covered": 28,
     "uncovered": 12,
     "auc": 0.6637,
     "answered": 0.4642857142857143,
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
       0.893,
       0.417
      ],
      "0.35": [
       0.786,
       0.417
      ],
      "0.4": [
       0.571,
       0.417
      ],
      "0.45": [
       0.429,
       0.583
      ],
      "0.5": [
       0.429,
       0.75
      ],
      "0.55": [
       0.429,
       0.75
      ],
      "0.6": [
       0.357,
       1.0
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
       0.286,
       1.0
      ],
      "0.8": [
       0.214,
       1.0
      ],
      "0.85": [
       0.179,
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
     "auc": 0.8178,
     "answered": 0.7,
     "declined": 0.7333333333333333,
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
       0.8,
       0.733
      ],
      "0.4": [
       0.767,
       0.733
      ],
      "0.45": [
       0.7,
       0.8
      ],
      "0.5": [
       0.667,
       0.8
      ],
      "0.55": [
       0.667,
       0.8
      ],
      "0.6": [
       0.633,
       0.8
      ],
      "0.65": [
       0.567,
       0.933
      ],
      "0.7": [
       0.467,
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
      0.3,
      0.5
     ],
     "items": 59,
     "covered": 38,
     "uncovered": 21,
     "auc": 0.8108,
     "answered": 0.6842105263157895,
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
       0.816,
       0.619
      ],
      "0.4": [
       0.816,
       0.714
      ],
      "0.45": [
       0.737,
       0.762
      ],
      "0.5": [
       0.658,
       0.762
      ],
      "0.55": [
       0.605,
       0.857
      ],
      "0.6": [
       0.553,
       0.905
      ],
      "0.65": [
       0.447,
       0.905
      ],
      "0.7": [
       0.342,
       0.905
      ],
      "0.75": [
       0.289,
       1.0
      ],
      "0.8": [
       0.263,
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
      0.35,
      0.5
     ],
     "items": 64,
     "covered": 40,
     "uncovered": 24,
     "auc": 0.7688,
     "answered": 0.6,
     "declined": 0.75,
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
       0.625
      ],
      "0.35": [
       0.775,
       0.667
      ],
      "0.4": [
       0.725,
       0.667
      ],
      "0.45": [
       0.6,
       0.667
      ],
      "0.5": [
       0.575,
       0.75
      ],
      "0.55": [
       0.5,
       0.792
      ],
      "0.6": [
       0.45,
       0.917
      ],
      "0.65": [
       0.45,
       0.958
      ],
      "0.7": [
       0.4,
       0.958
      ],
      "0.75": [
       0.35,
       1.0
      ],
      "0.8": [
       0.3,
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
   "auc": 0.8174,
   "answered": 0.7360248447204969,
   "declined": 0.7371428571428571,
   "profiles": {
    "covered": 135,
    "uncovered": 63,
    "answered": 0.9333333333333333,
    "declined": 0.31746031746031744,
    "covered_answered_count": 126,
    "uncovered_declined_count": 20,
    "covered_closest_count": 9,
    "uncovered_closest_count": 19,
    "auc": 0.6998,
    "ndcg@5": 0.8284574487761149,
    "recall@5": 0.8925925925925926,
    "ndcg@5 closest counted": 0.8486510449258688,
    "recall@5 closest counted": 0.9259259259259259
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.96,
     0.434
    ],
    "0.35": [
     0.953,
     0.486
    ],
    "0.4": [
     0.938,
     0.526
    ],
    "0.45": [
     0.919,
     0.577
    ],
    "0.5": [
     0.91,
     0.617
    ],
    "0.55": [
     0.879,
     0.623
    ],
    "0.6": [
     0.829,
     0.657
    ],
    "0.65": [
     0.804,
     0.686
    ],
    "0.7": [
     0.77,
     0.697
    ],
    "0.75": [
     0.736,
     0.737
    ],
    "0.8": [
     0.677,
     0.749
    ],
    "0.85": [
     0.615,
     0.777
    ],
    "0.9": [
     0.491,
     0.863
    ]
   }
  }
 },
 "ratio_list": 0.2,
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
  "date": "2026-12-01 03:09 UTC",
  "machine": "Intel(R) Xeon(R) Processor, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8174,
  "ranking_cross_validated_dev": {
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
    "all": {
     "n": 881,
     "ndcg@5": 0.7517,
     "recall@5": 0.7961
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.8242,
     "recall@5": 0.8544
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.919,
     "recall@5": 0.9368
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.7712,
     "recall@5": 0.7665
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.956,
     "recall@5": 0.9672
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.7418,
     "recall@5": 0.7836
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.4702,
     "recall@5": 0.5926
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.797,
     "recall@5": 0.8318
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.7414,
     "recall@5": 0.7872
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.7846,
     "recall@5": 0.8246
    }
   },
   "with late": {
    "late weight per fold": [
     6.0,
     6.0,
     8.0,
     6.0,
     6.0
    ],
    "all": {
     "n": 881,
     "ndcg@5": 0.7974,
     "recall@5": 0.8305
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.8624,
     "recall@5": 0.8821
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.9308,
     "recall@5": 0.931
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.8028,
     "recall@5": 0.8054
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.944,
     "recall@5": 0.9448
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.7871,
     "recall@5": 0.7996
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.579,
     "recall@5": 0.694
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.8402,
     "recall@5": 0.8749
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.7865,
     "recall@5": 0.8217
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.8324,
     "recall@5": 0.8585
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
    "all": {
     "n": 881,
     "ndcg@5": 0.7572,
     "recall@5": 0.8056
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.8238,
     "recall@5": 0.853
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.9312,
     "recall@5": 0.9598
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.7869,
     "recall@5": 0.7865
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.9554,
     "recall@5": 0.9672
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.7417,
     "recall@5": 0.7879
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.4823,
     "recall@5": 0.6101
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.8008,
     "recall@5": 0.8403
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.749,
     "recall@5": 0.8002
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.7833,
     "recall@5": 0.823
    }
   },
   "with late": {
    "late weight per fold": [
     6.0,
     6.0,
     6.0,
     8.0,
     16.0
    ],
    "all": {
     "n": 881,
     "ndcg@5": 0.7937,
     "recall@5": 0.8247
    },
    "english": {
     "n": 140,
     "ndcg@5": 0.8619,
     "recall@5": 0.8845
    },
    "fact": {
     "n": 87,
     "ndcg@5": 0.9308,
     "recall@5": 0.931
    },
    "list": {
     "n": 90,
     "ndcg@5": 0.7949,
     "recall@5": 0.7954
    },
    "name": {
     "n": 89,
     "ndcg@5": 0.9447,
     "recall@5": 0.9448
    },
    "need": {
     "n": 187,
     "ndcg@5": 0.7845,
     "recall@5": 0.7996
    },
    "paraphrase": {
     "n": 171,
     "ndcg@5": 0.5657,
     "recall@5": 0.6676
    },
    "strategy": {
     "n": 117,
     "ndcg@5": 0.8421,
     "recall@5": 0.8749
    },
    "language fr": {
     "n": 672,
     "ndcg@5": 0.7821,
     "recall@5": 0.8138
    },
    "language en": {
     "n": 209,
     "ndcg@5": 0.8309,
     "recall@5": 0.8599
    }
   }
  },
  "decision_cross_validated_dev": {
   "auc": 0.9346,
   "answered": 0.8476084538375973,
   "declined": 0.8790697674418605,
   "closest_offered": {
    "in_scope": 0.13681868743047831,
    "declinable": 0.4883720930232558,
    "all": 0.20466786355475763
   },
   "relevant_among_closest": 0.639344262295082,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 1114,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.939,
     0.577
    ],
    "0.3": [
     0.912,
     0.74
    ],
    "0.4": [
     0.87,
     0.833
    ],
    "0.5": [
     0.831,
     0.912
    ],
    "0.6": [
     0.784,
     0.94
    ],
    "0.7": [
     0.731,
     0.977
    ],
    "0.8": [
     0.682,
     0.991
    ]
   }
  },
  "decision_grouped_cross_validated_dev": {
   "auc": 0.9261,
   "answered": 0.8509,
   "declined": 0.8465,
   "closest_offered": {
    "in_scope": 0.12458286985539488,
    "declinable": 0.44651162790697674,
    "all": 0.1867145421903052
   },
   "relevant_among_closest": 0.6936936936936937,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 1114,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.938,
     0.586
    ],
    "0.3": [
     0.902,
     0.721
    ],
    "0.4": [
     0.864,
     0.823
    ],
    "0.5": [
     0.828,
     0.87
    ],
    "0.6": [
     0.778,
     0.916
    ],
    "0.7": [
     0.722,
     0.958
    ],
    "0.8": [
     0.665,
     0.991
    ]
   },
   "nested": {
    "answered": 0.832,
    "declined": 0.8651
   },
   "files": {
    "adjacent_lists.jsonl": {
     "questions": 27,
     "auc": None,
     "threshold": 0.5,
     "answered": None,
     "declined": 0.8519
    },
    "profiles_v2.jsonl": {
     "questions": 23,
     "auc": 0.9444,
     "threshold": 0.45,
     "answered": 0.9444,
     "declined": 0.6
    },
    "questions.jsonl": {
     "questions": 237,
     "auc": 0.9529,
     "threshold": 0.45,
     "answered": 0.8238,
     "declined": 0.9091
    },
    "questions_blind.jsonl": {
     "questions": 162,
     "auc": 0.9446,
     "threshold": 0.5,
     "answered": 0.7868,
     "declined": 0.9231
    },
    "questions_blind2.jsonl": {
     "questions": 181,
     "auc": 0.9359,
     "threshold": 0.45,
     "answered": 0.8667,
     "declined": 0.871
    },
    "questions_blind3.jsonl": {
     "questions": 229,
     "auc": 0.9166,
     "threshold": 0.5,
     "answered": 0.8063,
     "declined": 0.8421
    },
    "questions_blind4.jsonl": {
     "questions": 255,
     "auc": 0.9123,
     "threshold": 0.5,
     "answered": 0.8578,
     "declined": 0.8409
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
  ["words", 2.484907, ["words", 1.609438, 0.894613, -0.340429], ["coverage", 0.303957, 1.386319, -1.165775]],
  ["words", 2.484907, ["words", 1.609438, 0.846738, -0.324334], ["coverage", 0.303957, 1.323357, -1.124161]],
  ["words", 2.484907, ["words", 1.609438, 0.801605, -0.308983], ["coverage", 0.303957, 1.264896, -1.084042]],
  ["words", 2.484907, ["words", 1.609438, 0.759046, -0.294339], ["coverage", 0.303957, 1.210395, -1.045397]],
  ["words", 2.484907, ["words", 1.609438, 0.718905, -0.280372], ["coverage", 0.303957, 1.159401, -1.008194]],
  ["words", 2.484907, ["words", 1.386294, 1.930621, -0.177351], ["coverage", 0.303957, 1.111527, -0.972398]],
  ["words", 2.484907, ["known", 0.875, -0.229539, 0.885258], ["coverage", 0.303957, 1.066446, -0.93797]],
  ["words", 2.639057, ["words", 1.386294, 1.866963, -0.132353], ["lift", 0.062323, 1.557022, -0.478488]],
  ["words", 2.639057, ["known", 0.875, -0.179264, 0.861471], ["lift", 0.062323, 1.509059, -0.460578]],
  ["words", 1.386294, ["known_en", 0.0, 2.131428, 0.12151], ["words", 2.197225, -0.299955, 0.370985]],
  ["words", 1.386294, ["known_en", 0.0, 2.063153, 0.119053], ["words", 2.397895, -0.24207, 0.44371]],
  ["words", 2.639057, ["words", 1.609438, 0.677653, -0.197214], ["lift", 0.062323, 1.442016, -0.473825]],
  ["known", 0.875, ["known", 0.75, 0.090934, -0.919478], ["lexical", 0.152048, -0.346407, 1.284777]],
  ["words", 1.386294, ["usual", 0.719848, 0.082279, 1.986987], ["words", 2.197225, -0.273874, 0.340978]],
  ["words", 2.639057, ["words", 1.609438, 0.637095, -0.185459], ["lift", 0.062323, 1.393752, -0.458464]],
  ["known", 0.875, ["known", 0.75, 0.087622, -0.868214], ["lexical", 0.152048, -0.356826, 1.261801]],
  ["words", 1.386294, ["usual", 0.719848, 0.06255, 1.901948], ["words", 2.197225, -0.260414, 0.325793]],
  ["known", 0.875, ["known", 0.75, 0.084378, -0.825357], ["lexical", 0.152048, -0.353833, 1.241659]],
  ["words", 2.639057, ["words", 1.609438, 0.592113, -0.173748], ["lift", 0.062323, 1.350253, -0.433714]],
  ["coverage", 0.083533, ["known_en", 0.0, 0.883185, -0.258012], ["known", 0.875, -0.26065, 0.744162]],
  ["words", 2.484907, ["words", 1.609438, 0.552202, -0.199485], ["cosine", 0.384126, 0.073833, 1.252614]],
  ["words", 2.397895, ["usual", 0.730184, -0.741626, 0.058463], ["usual", 0.759704, 0.732782, -1.00656]],
  ["words", 1.386294, ["usual", 0.719848, 0.042386, 1.781275], ["words", 2.197225, -0.236861, 0.295142]],
  ["lift", 0.06697, ["coverage", 0.108781, 0.298864, -0.343326], ["usual", 0.725923, -0.582182, 0.930937]],
  ["words", 1.386294, ["usual", 0.719848, 0.046006, 1.720569], ["words", 2.197225, -0.22581, 0.279031]],
  ["known", 0.875, ["known", 0.75, 0.080922, -0.756157], ["lexical", 0.152048, -0.393499, 1.204522]],
  ["words", 2.639057, ["lift", 0.06697, -0.182655, 0.417757], ["coverage", 0.225835, 1.25733, -0.54967]],
  ["words", 1.386294, ["usual", 0.719848, 0.042063, 1.66335], ["words", 2.397895, -0.181695, 0.332843]],
  ["known", 0.875, ["known", 0.75, 0.07797, -0.719551], ["lexical", 0.152048, -0.386849, 1.187073]],
  ["words", 1.386294, ["known_en", 0.0, 1.586547, -0.003562], ["words", 2.639057, -0.086062, 0.881149]],
  ["lift", 0.06697, ["support", 0.785612, 0.177608, -0.426359], ["usual", 0.725923, -0.564087, 0.89274]],
  ["coverage", 0.083533, ["known_en", 0.0, 0.790893, -0.2875], ["usual", 0.730184, -0.675338, 0.034614]],
  ["known", 0.875, ["known", 0.75, 0.072581, -0.677556], ["lexical", 0.152048, -0.368409, 1.168044]],
  ["words", 2.639057, ["words", 1.609438, 0.509096, -0.145089], ["lift", 0.062323, 1.216327, -0.520345]],
  ["lift", 0.06697, ["support", 0.785612, 0.168286, -0.408962], ["usual", 0.725923, -0.509393, 0.86299]],
  ["words", 1.386294, ["usual", 0.719848, 0.008043, 1.51497], ["words", 2.197225, -0.204415, 0.253772]],
  ["known", 0.875, ["known", 0.75, 0.069176, -0.639288], ["lexical", 0.152048, -0.368508, 1.148789]],
  ["words", 2.639057, ["words", 1.609438, 0.474488, -0.136325], ["coverage", 0.225835, 1.175644, -0.55474]],
  ["lift", 0.06697, ["usual", 0.759704, 0.065682, -0.572775], ["usual", 0.725923, -0.47948, 0.837041]],
  ["coverage", 0.083533, ["known_en", 0.0, 0.729649, -0.289386], ["usual", 0.730184, -0.632744, 0.035142]],
  ["lift", 0.073408, ["support", 0.785612, 0.138287, -0.307121], ["usual", 0.725923, -0.571807, 1.186453]],
  ["known", 0.875, ["known", 0.75, 0.062348, -0.595434], ["lexical", 0.152048, -0.344966, 1.132577]],
  ["words", 2.639057, ["words", 1.386294, 1.138973, -0.076706], ["lift", 0.062323, 1.161501, -0.510388]],
  ["lift", 0.073408, ["usual", 0.759704, 0.051274, -0.453788], ["usual", 0.725923, -0.537865, 1.173195]],
  ["known", 0.875, ["score", 0.267904, 0.236609, -0.245496], ["usual", 0.725923, -0.70811, 0.969703]],
  ["words", 2.397895, ["usual", 0.730184, -0.618913, 0.062801], ["usual", 0.755018, 0.636994, -0.787545]],
  ["lift", 0.073408, ["known", 0.875, -0.124651, 0.710913], ["usual", 0.725923, -0.480287, 1.16103]],
  ["words", 1.386294, ["usual", 0.719848, -0.013072, 1.377548], ["words", 2.197225, -0.189507, 0.232099]],
  ["coverage", 0.083533, ["known_en", 0.0, 0.680901, -0.290916], ["usual", 0.730184, -0.566602, 0.027119]],
  ["lift", 0.073408, ["usual", 0.759704, 0.046658, -0.432309], ["usual", 0.725923, -0.431182, 1.146658]],
  ["words", 2.639057, ["words", 1.609438, 0.431825, -0.123825], ["coverage", 0.225835, 1.116624, -0.570745]],
  ["lift", 0.073408, ["support", 0.785612, 0.123546, -0.27253], ["usual", 0.725923, -0.409454, 1.133747]],
  ["coverage", 0.108781, ["known_en", 0.0, 0.576681, -0.345069], ["words", 2.197225, -0.29269, 0.265927]],
  ["lift", 0.06697, ["usual", 0.759704, 0.052589, -0.491566], ["usual", 0.725923, -0.277176, 0.738539]],
  ["known", 0.875, ["known", 0.75, 0.05743, -0.536418], ["lexical", 0.152048, -0.33748, 1.094669]],
  ["words", 1.386294, ["usual", 0.719848, -0.024005, 1.28224], ["words", 2.397895, -0.149048, 0.26675]],
  ["lift", 0.073408, ["known", 0.875, -0.113433, 0.68634], ["usual", 0.725923, -0.360992, 1.113679]],
  ["words", 2.639057, ["words", 1.609438, 0.401457, -0.115323], ["lift", 0.062323, 1.096873, -0.572407]],
  ["lift", 0.073408, ["known", 0.875, -0.1081, 0.662276], ["usual", 0.725923, -0.342004, 1.101507]],
  ["coverage", 0.083533, ["known_en", 0.0, 0.608379, -0.266822], ["usual", 0.730184, -0.517981, 0.026423]],
  ["words", 2.639057, ["lift", 0.062323, -0.146409, 0.255391], ["coverage", 0.225835, 1.073192, -0.570665]],
  ["words", 1.386294, ["usual", 0.719848, -0.02577, 1.201633], ["usual", 0.759704, 0.076881, -0.371953]],
  ["words", 2.397895, ["usual", 0.730184, -0.53038, 0.054249], ["usual", 0.755018, 0.571425, -0.737197]],
  ["lift", 0.073408, ["known", 0.875, -0.105093, 0.646423], ["usual", 0.725923, -0.306377, 1.084665]],
  ["coverage", 0.058333, ["score", 0.231695, -0.394756, 0.740201], ["words", 2.197225, -0.24979, 0.217984]],
  ["words", 1.386294, ["score_en", 0.243182, 1.203401, -0.000988], ["usual", 0.759704, 0.072653, -0.35478]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.052597, -0.536618], ["lexical", 0.118098, -0.504601, 1.260479]],
  ["score", 0.267904, ["known_en", 0.0, 0.479007, -0.405969], ["words", 1.609438, 0.610518, -0.259486]],
  ["lift", 0.073408, ["support", 0.785612, 0.115104, -0.240935], ["usual", 0.725923, -0.296492, 1.072144]],
  ["coverage", 0.108781, ["known_en", 0.0, 0.491807, -0.30538], ["words", 2.197225, -0.27003, 0.253073]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.043433, -0.493043], ["lexical", 0.118098, -0.473371, 1.242494]],
  ["words", 2.639057, ["lift", 0.062323, -0.136081, 0.243785], ["lift", 0.062323, 1.046021, -0.599164]],
  ["coverage", 0.058333, ["score", 0.231695, -0.367483, 0.686744], ["words", 2.197225, -0.233931, 0.197309]],
  ["known", 0.875, ["score", 0.267904, 0.21763, -0.216103], ["lexical", 0.152048, -0.385107, 1.050386]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.042137, -0.479011], ["lexical", 0.118098, -0.456805, 1.221604]],
  ["words", 1.386294, ["score_en", 0.243182, 1.1497, -0.036505], ["usual", 0.759704, 0.067354, -0.334468]],
  ["lift", 0.073408, ["known", 0.875, -0.095146, 0.612622], ["usual", 0.725923, -0.295754, 1.057867]],
  ["coverage", 0.108781, ["known_en", 0.0, 0.449215, -0.271966], ["words", 2.197225, -0.255816, 0.233278]],
  ["known_en", 0.333333, ["score", 0.267904, 0.178965, -0.182364], ["lexical", 0.118098, -0.435508, 1.204362]],
  ["words", 1.609438, ["usual", 0.755018, -0.16172, 1.749932], ["usual", 0.759704, 0.09373, -0.569068]],
  ["words", 2.639057, ["coverage", 0.454585, -0.069563, 0.602371], ["coverage", 0.225835, 1.016366, -0.610747]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.0407, -0.451686], ["lexical", 0.118098, -0.418023, 1.182208]],
  ["coverage", 0.058333, ["score", 0.231695, -0.353583, 0.649714], ["words", 2.197225, -0.22079, 0.182735]],
  ["words", 1.609438, ["usual", 0.755018, -0.151255, 1.698035], ["usual", 0.759704, 0.090561, -0.550319]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.038795, -0.434791], ["lexical", 0.118098, -0.402596, 1.160903]],
  ["coverage", 0.058333, ["score", 0.231695, -0.334969, 0.618032], ["words", 2.197225, -0.215088, 0.177329]],
  ["known", 0.875, ["score", 0.267904, 0.201285, -0.198734], ["lexical", 0.152048, -0.398186, 1.019022]],
  ["lift", 0.06697, ["support", 0.785612, 0.126142, -0.283232], ["lift", 0.105735, 0.492367, -0.579268]],
  ["words", 1.386294, ["score_en", 0.243182, 1.081746, -0.087548], ["words", 2.397895, -0.117443, 0.20823]],
  ["words", 1.609438, ["usual", 0.755018, -0.145634, 1.640601], ["usual", 0.759704, 0.083547, -0.520046]],
  ["known_en", 0.333333, ["usual", 0.730184, -0.334684, 0.061329], ["lexical", 0.118098, -0.390271, 1.140037]],
  ["lift", 0.073408, ["known", 0.875, -0.084604, 0.566004], ["usual", 0.725923, -0.290044, 1.035208]],
  ["coverage", 0.058333, ["score", 0.231695, -0.332064, 0.595191], ["words", 2.197225, -0.205111, 0.166793]],
  ["words", 1.609438, ["usual", 0.752035, -0.242662, 1.344629], ["usual", 0.759704, 0.082086, -0.506374]],
  ["words", 2.639057, ["coverage", 0.268233, -0.107487, 0.255538], ["lift", 0.062323, 0.993879, -0.623193]],
  ["known_en", 0.333333, ["known_en", 0.0, 0.039027, -0.420509], ["lexical", 0.118098, -0.371391, 1.122164]],
  ["coverage", 0.058333, ["score", 0.231695, -0.311509, 0.569413], ["usual", 0.730184, -0.38518, 0.036123]],
  ["score", 0.267904, ["known_en", 0.0, 0.37668, -0.344989], ["known", 0.875, -0.187224, 0.798118]],
  ["known_en", 0.333333, ["coverage", 0.108781, 0.169121, -0.153023], ["lexical", 0.118098, -0.347604, 1.10824]],
  ["lift", 0.073408, ["support", 0.785612, 0.095829, -0.197565], ["usual", 0.725923, -0.27195, 1.021859]]
 ]
}
