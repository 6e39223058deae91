"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 1.6927099982004095,
 "coef": {
  "cosine": -0.24728276188510573,
  "coverage": 1.072498986117605,
  "lexical": -0.038619333628418295,
  "known": 0.334086981494979,
  "kind": -0.022633884321344507,
  "kind_list": -0.027463673498847624,
  "score": 0.1767948627536834,
  "english": -0.26752903136644984,
  "words": 1.0680276241006934,
  "score_en": 0.7944353477043263,
  "support": 0.472681684627959,
  "lift": 1.5362103683624944,
  "agree": -0.27169311227880955,
  "known_en": 0.8512906821921437,
  "usual": 0.2941371806523534
 },
 "mean": {
  "cosine": 0.44613215588654465,
  "coverage": 0.3761261348739102,
  "lexical": 0.1953157479639281,
  "known": 0.667265696657742,
  "kind": 0.13465101914762198,
  "kind_list": 0.05806053119209389,
  "score": 0.5603799482479089,
  "english": 0.26868437306979615,
  "words": 2.009228334725512,
  "score_en": 0.14600409585885613,
  "support": 0.8152659679262854,
  "lift": 0.0816504425680035,
  "agree": 0.471278567016677,
  "known_en": 0.11284372804828421,
  "usual": 0.7427477505049065
 },
 "scale": {
  "cosine": 0.07950992603440346,
  "coverage": 0.33311496342975006,
  "lexical": 0.08940023667695408,
  "known": 0.29755144398861366,
  "kind": 0.34135043897749606,
  "kind_list": 0.23385787544956588,
  "score": 0.3254165783340312,
  "english": 0.443275400555787,
  "words": 0.49425175692691,
  "score_en": 0.296203619784046,
  "support": 0.05450322894776735,
  "lift": 0.04322202789814132,
  "agree": 0.49917439766816984,
  "known_en": 0.2418231395907783,
  "usual": 0.023722765431642527
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
   "intercept": 0.605180635154599,
   "coef": {
    "cosine": 0.28395093328518384,
    "coverage": 0.4623634600893987,
    "lexical": 1.02709429000608,
    "known": 0.7603203452662254,
    "score": -0.28926576955108446,
    "english": 1.1265340831891393,
    "support": 0.3051859164920996,
    "lift": 1.068649281576998,
    "word_lift": -0.49477845600212944
   },
   "mean": {
    "cosine": 0.42993607506272685,
    "coverage": 0.22846350437158242,
    "lexical": 0.2157442175074001,
    "known": 0.6165443144180515,
    "score": 0.40085538661961667,
    "english": 0.1866840731070496,
    "support": 0.7917678941620018,
    "lift": 0.05714779099079233,
    "word_lift": 0.05185978377223326
   },
   "scale": {
    "cosine": 0.061181751033843254,
    "coverage": 0.21223675859373614,
    "lexical": 0.08955190811806409,
    "known": 0.2658279834147675,
    "score": 0.1613418224947492,
    "english": 0.3896577087075408,
    "support": 0.041760919348652184,
    "lift": 0.02753716682366787,
    "word_lift": 0.021833539167559014
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
   "auc": 0.8422,
   "answered": 0.7434869739478958,
   "declined": 0.7565543071161048,
   "profiles": {
    "covered": 219,
    "uncovered": 104,
    "answered": 0.7853881278538812,
    "declined": 0.7403846153846154,
    "covered_answered_count": 172,
    "uncovered_declined_count": 77,
    "covered_closest_count": 44,
    "uncovered_closest_count": 61,
    "auc": 0.8542,
    "ndcg@5": 0.6927451772481412,
    "recall@5": 0.7184170471841704,
    "ndcg@5 closest counted": 0.8140564175261082,
    "recall@5 closest counted": 0.8683409436834095
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.896,
     0.513
    ],
    "0.35": [
     0.856,
     0.596
    ],
    "0.4": [
     0.822,
     0.655
    ],
    "0.45": [
     0.762,
     0.734
    ],
    "0.5": [
     0.721,
     0.787
    ],
    "0.55": [
     0.681,
     0.839
    ],
    "0.6": [
     0.643,
     0.888
    ],
    "0.65": [
     0.607,
     0.914
    ],
    "0.7": [
     0.551,
     0.948
    ],
    "0.75": [
     0.489,
     0.963
    ],
    "0.8": [
     0.431,
     0.966
    ],
    "0.85": [
     0.347,
     0.981
    ],
    "0.9": [
     0.291,
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
    "auc": 0.8453,
    "answered": 0.7274549098196392,
    "declined": 0.7827715355805244,
    "profiles": {
     "covered": 219,
     "uncovered": 104,
     "answered": 0.7899543378995434,
     "declined": 0.7884615384615384,
     "covered_answered_count": 173,
     "uncovered_declined_count": 82,
     "covered_closest_count": 42,
     "uncovered_closest_count": 68,
     "auc": 0.8601,
     "ndcg@5": 0.7005838483223766,
     "recall@5": 0.7275494672754947,
     "ndcg@5 closest counted": 0.8118376356981342,
     "recall@5 closest counted": 0.8637747336377474
    },
    "curve (threshold: answered, declined)": {
     "0.3": [
      0.89,
      0.513
     ],
     "0.35": [
      0.854,
      0.618
     ],
     "0.4": [
      0.808,
      0.667
     ],
     "0.45": [
      0.764,
      0.742
     ],
     "0.5": [
      0.719,
      0.794
     ],
     "0.55": [
      0.685,
      0.835
     ],
     "0.6": [
      0.647,
      0.888
     ],
     "0.65": [
      0.603,
      0.925
     ],
     "0.7": [
      0.553,
      0.959
     ],
     "0.75": [
      0.487,
      0.963
     ],
     "0.8": [
      0.421,
      0.974
     ],
     "0.85": [
      0.343,
      0.989
     ],
     "0.9": [
      0.289,
      0.993
     ]
    }
   },
   "by file": {
    "adjacent_lists.jsonl": {
     "threshold": [
      0.4,
      0.55
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
       0.444
      ],
      "0.35": [
       0.0,
       0.593
      ],
      "0.4": [
       0.0,
       0.704
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
       0.833
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
       0.933,
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
     "auc": 0.9167,
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
      "auc": 0.9167,
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
       0.5
      ],
      "0.4": [
       0.868,
       0.611
      ],
      "0.45": [
       0.816,
       0.722
      ],
      "0.5": [
       0.816,
       0.722
      ],
      "0.55": [
       0.816,
       0.833
      ],
      "0.6": [
       0.789,
       1.0
      ],
      "0.65": [
       0.711,
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
       0.342,
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
     "auc": 0.7878,
     "answered": 0.6585365853658537,
     "declined": 0.8,
     "profiles": {
      "covered": 41,
      "uncovered": 20,
      "answered": 0.6585365853658537,
      "declined": 0.8,
      "covered_answered_count": 27,
      "uncovered_declined_count": 16,
      "covered_closest_count": 13,
      "uncovered_closest_count": 13,
      "auc": 0.7878,
      "ndcg@5": 0.6093980163832388,
      "recall@5": 0.6463414634146342,
      "ndcg@5 closest counted": 0.8132634278403467,
      "recall@5 closest counted": 0.9024390243902439
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.902,
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
       0.634,
       0.8
      ],
      "0.55": [
       0.537,
       0.9
      ],
      "0.6": [
       0.488,
       0.9
      ],
      "0.65": [
       0.439,
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
      "covered_closest_count": 19,
      "uncovered_closest_count": 16,
      "auc": 0.6607,
      "ndcg@5": 0.420000835417331,
      "recall@5": 0.4166666666666667,
      "ndcg@5 closest counted": 0.6402156147281927,
      "recall@5 closest counted": 0.6626984126984127
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.714,
       0.3
      ],
      "0.35": [
       0.69,
       0.5
      ],
      "0.4": [
       0.667,
       0.55
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
       0.357,
       0.85
      ],
      "0.7": [
       0.286,
       0.95
      ],
      "0.75": [
       0.19,
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
     "auc": 0.8798,
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
      "auc": 0.8798,
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
       0.571
      ],
      "0.4": [
       0.905,
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
       0.714
      ],
      "0.6": [
       0.762,
       0.857
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
       0.5,
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
       0.75
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
      0.5
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
       0.944,
       0.8
      ],
      "0.8": [
       0.944,
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
      0.55
     ],
     "items": 64,
     "covered": 51,
     "uncovered": 13,
     "auc": 0.9306,
     "answered": 0.9411764705882353,
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
       0.941,
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
       0.863,
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
     "auc": 0.619,
     "answered": 0.42857142857142855,
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
       0.786,
       0.417
      ],
      "0.4": [
       0.643,
       0.417
      ],
      "0.45": [
       0.571,
       0.417
      ],
      "0.5": [
       0.429,
       0.417
      ],
      "0.55": [
       0.393,
       0.583
      ],
      "0.6": [
       0.393,
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
      0.4,
      0.55
     ],
     "items": 45,
     "covered": 30,
     "uncovered": 15,
     "auc": 0.8444,
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
       0.733,
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
       0.333,
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
     "auc": 0.8145,
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
       0.895,
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
       0.684,
       0.81
      ],
      "0.65": [
       0.553,
       0.81
      ],
      "0.7": [
       0.474,
       0.952
      ],
      "0.75": [
       0.368,
       0.952
      ],
      "0.8": [
       0.289,
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
     "auc": 0.7708,
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
       0.85,
       0.542
      ],
      "0.35": [
       0.825,
       0.625
      ],
      "0.4": [
       0.8,
       0.667
      ],
      "0.45": [
       0.775,
       0.667
      ],
      "0.5": [
       0.625,
       0.667
      ],
      "0.55": [
       0.575,
       0.75
      ],
      "0.6": [
       0.475,
       0.792
      ],
      "0.65": [
       0.45,
       0.917
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
       0.872,
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
     "auc": 0.8261,
     "answered": 0.41304347826086957,
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
       0.783,
       0.741
      ],
      "0.35": [
       0.63,
       0.815
      ],
      "0.4": [
       0.522,
       0.815
      ],
      "0.45": [
       0.478,
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
       0.391,
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
       0.152,
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
   "auc": 0.792,
   "answered": 0.6993987975951904,
   "declined": 0.6891385767790262,
   "profiles": {
    "covered": 219,
    "uncovered": 104,
    "answered": 0.8858447488584474,
    "declined": 0.25961538461538464,
    "covered_answered_count": 194,
    "uncovered_declined_count": 27,
    "covered_closest_count": 24,
    "uncovered_closest_count": 22,
    "auc": 0.7374,
    "ndcg@5": 0.7625098632501035,
    "recall@5": 0.7968036529680366,
    "ndcg@5 closest counted": 0.8247972621481534,
    "recall@5 closest counted": 0.8812785388127854
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.954,
     0.39
    ],
    "0.35": [
     0.928,
     0.461
    ],
    "0.4": [
     0.898,
     0.506
    ],
    "0.45": [
     0.882,
     0.543
    ],
    "0.5": [
     0.848,
     0.588
    ],
    "0.55": [
     0.8,
     0.607
    ],
    "0.6": [
     0.784,
     0.64
    ],
    "0.65": [
     0.737,
     0.655
    ],
    "0.7": [
     0.699,
     0.689
    ],
    "0.75": [
     0.663,
     0.704
    ],
    "0.8": [
     0.631,
     0.738
    ],
    "0.85": [
     0.591,
     0.76
    ],
    "0.9": [
     0.521,
     0.805
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
  "date": "2026-12-01 11:22 UTC",
  "machine": "AMD EPYC, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8247,
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
     "ndcg@5": 0.7523,
     "recall@5": 0.8003
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8305,
     "recall@5": 0.8653
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9466,
     "recall@5": 0.9577
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.7784,
     "recall@5": 0.7898
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9666,
     "recall@5": 0.9777
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7219,
     "recall@5": 0.7637
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.4661,
     "recall@5": 0.5805
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.8148,
     "recall@5": 0.873
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7335,
     "recall@5": 0.7838
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.811,
     "recall@5": 0.8518
    }
   },
   "without hub": {
    "late weight per fold": [
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
     0.0
    ],
    "all": {
     "n": 1332,
     "ndcg@5": 0.8007,
     "recall@5": 0.8318
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8672,
     "recall@5": 0.8822
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9482,
     "recall@5": 0.9538
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.8054,
     "recall@5": 0.8104
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9672,
     "recall@5": 0.9701
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7822,
     "recall@5": 0.8001
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.572,
     "recall@5": 0.6635
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.8591,
     "recall@5": 0.9004
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7821,
     "recall@5": 0.8173
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8589,
     "recall@5": 0.8768
    }
   },
   "with late": {
    "late weight per fold": [
     4.0,
     8.0,
     8.0,
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
     "n": 1332,
     "ndcg@5": 0.808,
     "recall@5": 0.8371
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8804,
     "recall@5": 0.8943
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9548,
     "recall@5": 0.9692
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.8154,
     "recall@5": 0.8239
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9673,
     "recall@5": 0.9701
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7945,
     "recall@5": 0.8063
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.5737,
     "recall@5": 0.661
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.8631,
     "recall@5": 0.898
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.789,
     "recall@5": 0.8213
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8673,
     "recall@5": 0.8865
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
     "ndcg@5": 0.7526,
     "recall@5": 0.8026
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8294,
     "recall@5": 0.8634
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.953,
     "recall@5": 0.9731
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.7838,
     "recall@5": 0.796
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9661,
     "recall@5": 0.9777
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7211,
     "recall@5": 0.764
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.4685,
     "recall@5": 0.5862
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.8071,
     "recall@5": 0.8667
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7335,
     "recall@5": 0.7869
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8122,
     "recall@5": 0.8516
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.8037,
     "recall@5": 0.8411
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.7591,
     "recall@5": 0.8125
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.7286,
     "recall@5": 0.7934
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.7682,
     "recall@5": 0.8208
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7159,
     "recall@5": 0.7547
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.7537,
     "recall@5": 0.7981
    },
    "file questions_blind6.jsonl": {
     "n": 234,
     "ndcg@5": 0.7413,
     "recall@5": 0.8032
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
     "ndcg@5": 0.8015,
     "recall@5": 0.8326
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8684,
     "recall@5": 0.8845
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9485,
     "recall@5": 0.9538
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.8156,
     "recall@5": 0.8168
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9628,
     "recall@5": 0.9676
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7799,
     "recall@5": 0.7974
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.5725,
     "recall@5": 0.6654
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.8615,
     "recall@5": 0.9023
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7828,
     "recall@5": 0.8178
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.86,
     "recall@5": 0.879
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.839,
     "recall@5": 0.8596
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8194,
     "recall@5": 0.8517
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.8012,
     "recall@5": 0.8546
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.7881,
     "recall@5": 0.838
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7561,
     "recall@5": 0.7752
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.8056,
     "recall@5": 0.8366
    },
    "file questions_blind6.jsonl": {
     "n": 234,
     "ndcg@5": 0.8085,
     "recall@5": 0.829
    }
   },
   "with late": {
    "late weight per fold": [
     8.0,
     4.0,
     4.0,
     8.0,
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
     0.5,
     0.5
    ],
    "all": {
     "n": 1332,
     "ndcg@5": 0.8039,
     "recall@5": 0.835
    },
    "english": {
     "n": 212,
     "ndcg@5": 0.8781,
     "recall@5": 0.8941
    },
    "fact": {
     "n": 130,
     "ndcg@5": 0.9492,
     "recall@5": 0.9615
    },
    "list": {
     "n": 142,
     "ndcg@5": 0.8112,
     "recall@5": 0.8187
    },
    "name": {
     "n": 131,
     "ndcg@5": 0.9672,
     "recall@5": 0.9701
    },
    "need": {
     "n": 280,
     "ndcg@5": 0.7902,
     "recall@5": 0.8063
    },
    "paraphrase": {
     "n": 265,
     "ndcg@5": 0.5724,
     "recall@5": 0.6629
    },
    "strategy": {
     "n": 172,
     "ndcg@5": 0.851,
     "recall@5": 0.8892
    },
    "language fr": {
     "n": 1009,
     "ndcg@5": 0.7855,
     "recall@5": 0.8188
    },
    "language en": {
     "n": 323,
     "ndcg@5": 0.8615,
     "recall@5": 0.8858
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.8339,
     "recall@5": 0.8551
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8207,
     "recall@5": 0.8555
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.8098,
     "recall@5": 0.8587
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.8086,
     "recall@5": 0.8409
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7757,
     "recall@5": 0.8081
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.7968,
     "recall@5": 0.8243
    },
    "file questions_blind6.jsonl": {
     "n": 234,
     "ndcg@5": 0.7936,
     "recall@5": 0.8208
    }
   }
  },
  "decision_cross_validated_dev": {
   "auc": 0.9337,
   "answered": 0.8533333333333334,
   "declined": 0.8729641693811075,
   "closest_offered": {
    "in_scope": 0.11333333333333333,
    "declinable": 0.3485342019543974,
    "all": 0.15691007845503924
   },
   "relevant_among_closest": 0.6535947712418301,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.15,
   "questions": 1657,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.95,
     0.603
    ],
    "0.3": [
     0.926,
     0.717
    ],
    "0.4": [
     0.878,
     0.837
    ],
    "0.5": [
     0.824,
     0.909
    ],
    "0.6": [
     0.776,
     0.941
    ],
    "0.7": [
     0.731,
     0.974
    ],
    "0.8": [
     0.683,
     0.987
    ]
   }
  },
  "decision_grouped_cross_validated_dev": {
   "auc": 0.9246,
   "answered": 0.8578,
   "declined": 0.8404,
   "closest_offered": {
    "in_scope": 0.10888888888888888,
    "declinable": 0.31921824104234525,
    "all": 0.14785757392878696
   },
   "relevant_among_closest": 0.6870748299319728,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.15,
   "questions": 1657,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.953,
     0.57
    ],
    "0.3": [
     0.916,
     0.71
    ],
    "0.4": [
     0.884,
     0.821
    ],
    "0.5": [
     0.831,
     0.87
    ],
    "0.6": [
     0.773,
     0.919
    ],
    "0.7": [
     0.713,
     0.958
    ],
    "0.8": [
     0.664,
     0.984
    ]
   },
   "nested": {
    "answered": 0.8459,
    "declined": 0.8567
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
     "declined": 0.8
    },
    "questions.jsonl": {
     "questions": 237,
     "auc": 0.9461,
     "threshold": 0.45,
     "answered": 0.829,
     "declined": 0.8864
    },
    "questions_blind.jsonl": {
     "questions": 162,
     "auc": 0.9293,
     "threshold": 0.45,
     "answered": 0.8309,
     "declined": 0.8462
    },
    "questions_blind2.jsonl": {
     "questions": 181,
     "auc": 0.9406,
     "threshold": 0.45,
     "answered": 0.8867,
     "declined": 0.9032
    },
    "questions_blind3.jsonl": {
     "questions": 229,
     "auc": 0.9286,
     "threshold": 0.5,
     "answered": 0.8063,
     "declined": 0.8947
    },
    "questions_blind4.jsonl": {
     "questions": 255,
     "auc": 0.9157,
     "threshold": 0.5,
     "answered": 0.8389,
     "declined": 0.8409
    },
    "questions_blind5.jsonl": {
     "questions": 262,
     "auc": 0.9239,
     "threshold": 0.5,
     "answered": 0.8111,
     "declined": 0.8889
    },
    "questions_blind6.jsonl": {
     "questions": 281,
     "auc": 0.9096,
     "threshold": 0.45,
     "answered": 0.906,
     "declined": 0.7234
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
  ["words", 2.70805, ["words", 1.386294, 2.139112, -0.173549], ["score_en", 0.182545, 1.887311, 0.368332]],
  ["words", 2.70805, ["words", 1.609438, 0.888278, -0.250746], ["score_en", 0.182545, 1.815872, 0.356867]],
  ["words", 2.70805, ["words", 1.386294, 2.051733, -0.158908], ["score_en", 0.182545, 1.751162, 0.345779]],
  ["words", 2.70805, ["words", 1.386294, 1.989737, -0.151165], ["score_en", 0.182545, 1.692267, 0.335054]],
  ["words", 2.70805, ["words", 1.609438, 0.822902, -0.223726], ["score_en", 0.182545, 1.638431, 0.324679]],
  ["words", 2.484907, ["words", 1.609438, 0.78043, -0.306759], ["support", 0.786517, 1.268425, -0.322605]],
  ["coverage", 0.080301, ["known", 0.333333, 0.007461, 1.303084], ["known", 0.909091, -0.313621, 0.960746]],
  ["words", 2.70805, ["words", 1.386294, 1.880763, -0.133156], ["score_en", 0.182545, 1.539388, 0.281961]],
  ["words", 2.197225, ["words", 1.609438, 0.72765, -0.579983], ["usual", 0.761494, 0.62961, -0.954958]],
  ["coverage", 0.080301, ["known", 0.333333, 0.002569, 1.210023], ["known", 0.909091, -0.293258, 0.923849]],
  ["words", 2.70805, ["words", 1.386294, 1.798138, -0.123589], ["score_en", 0.182545, 1.471121, 0.258851]],
  ["words", 2.197225, ["words", 1.609438, 0.678018, -0.544767], ["usual", 0.761494, 0.592583, -0.903837]],
  ["coverage", 0.080301, ["known_en", 0.0, 0.95264, -0.23528], ["known", 0.909091, -0.274375, 0.889265]],
  ["words", 2.70805, ["words", 1.386294, 1.704473, -0.114773], ["score_en", 0.182545, 1.414016, 0.228027]],
  ["words", 2.197225, ["words", 1.609438, 0.626847, -0.511836], ["usual", 0.761494, 0.55895, -0.856647]],
  ["words", 2.70805, ["words", 1.386294, 1.619675, -0.107723], ["score_en", 0.182545, 1.368843, 0.207865]],
  ["coverage", 0.080301, ["known", 0.333333, -0.017366, 1.066555], ["known", 0.909091, -0.255438, 0.853147]],
  ["words", 2.197225, ["words", 1.609438, 0.583417, -0.480992], ["usual", 0.761494, 0.52703, -0.812886]],
  ["words", 2.70805, ["words", 1.386294, 1.54118, -0.100379], ["score_en", 0.182545, 1.321383, 0.19011]],
  ["coverage", 0.080301, ["known_en", 0.0, 0.831727, -0.237722], ["coverage", 0.536096, -0.227251, 0.974027]],
  ["words", 2.197225, ["words", 1.609438, 0.53875, -0.452453], ["usual", 0.753668, 0.555398, -0.544978]],
  ["words", 2.70805, ["lift", 0.065813, -0.193513, 0.432075], ["score_en", 0.182545, 1.280098, 0.165359]],
  ["words", 2.197225, ["words", 1.609438, 0.512203, -0.432652], ["usual", 0.761494, 0.476024, -0.744958]],
  ["words", 2.70805, ["lift", 0.065813, -0.184398, 0.415454], ["score_en", 0.182545, 1.24653, 0.14916]],
  ["coverage", 0.080301, ["known", 0.333333, -0.039453, 0.949221], ["known", 0.909091, -0.225739, 0.805941]],
  ["words", 1.386294, ["known_en", 0.0, 1.774731, -0.107699], ["words", 2.197225, -0.282622, 0.266327]],
  ["coverage", 0.056828, ["cosine", 0.380414, -0.020907, 1.06991], ["coverage", 0.536096, -0.17068, 0.946393]],
  ["words", 2.70805, ["lift", 0.065813, -0.174602, 0.401303], ["score_en", 0.182545, 1.215185, 0.126866]],
  ["words", 1.386294, ["known_en", 0.0, 1.708153, -0.098102], ["words", 2.197225, -0.270178, 0.254708]],
  ["support", 0.836897, ["score", 0.320902, 0.234638, -0.316231], ["lift", 0.065813, -0.079695, 1.07769]],
  ["words", 2.70805, ["support", 0.836897, -0.098491, 0.897854], ["score_en", 0.182545, 1.186436, 0.109393]],
  ["words", 1.386294, ["usual", 0.719865, -0.054972, 1.685218], ["words", 2.197225, -0.256618, 0.240867]],
  ["coverage", 0.056828, ["cosine", 0.380414, -0.033472, 1.007452], ["coverage", 0.536096, -0.158724, 0.928454]],
  ["words", 2.70805, ["lift", 0.065813, -0.160941, 0.385686], ["score_en", 0.182545, 1.162998, 0.088663]],
  ["words", 1.386294, ["usual", 0.719865, -0.053005, 1.622573], ["words", 2.197225, -0.245582, 0.230592]],
  ["score", 0.320902, ["words", 2.079442, -0.203608, 0.464888], ["words", 1.609438, 0.920724, -0.371182]],
  ["support", 0.836897, ["score", 0.320902, 0.213053, -0.285294], ["score", 0.398048, -0.005288, 1.08392]],
  ["support", 0.836897, ["score", 0.320902, 0.201839, -0.271334], ["lift", 0.065813, -0.105524, 1.043028]],
  ["words", 1.386294, ["usual", 0.719865, -0.058953, 1.560986], ["words", 2.197225, -0.228659, 0.211486]],
  ["lift", 0.065813, ["support", 0.778806, 0.175299, -0.412767], ["usual", 0.740347, -0.118478, 1.045724]],
  ["words", 2.70805, ["lift", 0.065813, -0.147744, 0.362775], ["score_en", 0.182545, 1.126085, 0.047027]],
  ["coverage", 0.056828, ["cosine", 0.380414, -0.066831, 0.955759], ["known", 0.909091, -0.155589, 0.753586]],
  ["usual", 0.714035, ["words", 2.397895, -0.794783, 0.573197], ["score", 0.50113, -0.021016, 0.693046]],
  ["words", 1.386294, ["known_en", 0.0, 1.477076, -0.119371], ["words", 2.197225, -0.220073, 0.201925]],
  ["words", 2.70805, ["lift", 0.065813, -0.139313, 0.344823], ["score_en", 0.182545, 1.105299, 0.030855]],
  ["coverage", 0.080301, ["known", 0.333333, -0.099207, 0.835626], ["usual", 0.728579, -0.580253, 0.028405]],
  ["words", 1.386294, ["score", 0.26018, 0.093109, 1.542929], ["score", 0.320902, 0.186601, -0.21205]],
  ["support", 0.836897, ["score", 0.320902, 0.185097, -0.248266], ["score", 0.398048, -0.043727, 1.057806]],
  ["coverage", 0.536096, ["coverage", 0.102231, 0.23758, -0.188562], ["usual", 0.740347, 0.087856, 1.122565]],
  ["usual", 0.714035, ["lexical", 0.081283, 0.478972, -0.760093], ["score", 0.50113, -0.02173, 0.675875]],
  ["words", 2.70805, ["lift", 0.065813, -0.133225, 0.335945], ["score_en", 0.182545, 1.080678, 0.018518]],
  ["words", 1.386294, ["score", 0.26018, 0.08034, 1.518893], ["words", 2.197225, -0.203917, 0.185761]],
  ["coverage", 0.536096, ["score", 0.320902, 0.177909, -0.226605], ["usual", 0.740347, 0.077571, 1.108421]],
  ["support", 0.836897, ["score", 0.320902, 0.168389, -0.227458], ["score", 0.398048, -0.037228, 1.042994]],
  ["usual", 0.728579, ["coverage", 0.371847, -0.072771, -1.736605], ["score", 0.50113, -0.033963, 1.325984]],
  ["words", 2.70805, ["lift", 0.065813, -0.12619, 0.323004], ["cosine", 0.359096, 0.033401, 1.072234]],
  ["words", 1.386294, ["score", 0.26018, 0.072732, 1.488727], ["words", 2.197225, -0.194752, 0.175846]],
  ["usual", 0.714035, ["words", 2.397895, -0.709494, 0.524551], ["known_en", 0.333333, 0.014278, 1.040451]],
  ["words", 1.386294, ["score", 0.26018, 0.078678, 1.460605], ["words", 2.197225, -0.185288, 0.166024]],
  ["coverage", 0.536096, ["coverage", 0.080301, 0.273109, -0.146699], ["usual", 0.740347, 0.086551, 1.095603]],
  ["words", 2.70805, ["words", 1.609438, 0.436774, -0.096937], ["score_en", 0.182545, 1.041113, -0.028869]],
  ["usual", 0.728579, ["coverage", 0.371847, -0.065214, -1.632314], ["score", 0.50113, -0.03164, 1.298121]],
  ["known", 0.909091, ["score", 0.320902, 0.174754, -0.23467], ["usual", 0.728579, -0.679623, 1.171103]],
  ["lift", 0.065813, ["support", 0.778806, 0.164825, -0.35925], ["usual", 0.740347, -0.114093, 0.978241]],
  ["usual", 0.714035, ["lexical", 0.081283, 0.459706, -0.68774], ["known_en", 0.333333, 0.01274, 1.013813]],
  ["coverage", 0.056828, ["cosine", 0.380414, -0.124465, 0.865424], ["lift", 0.038076, 0.373822, -0.187657]],
  ["coverage", 0.536096, ["score", 0.320902, 0.153144, -0.197499], ["usual", 0.740347, 0.1053, 1.071669]],
  ["lift", 0.065813, ["support", 0.778806, 0.150717, -0.34068], ["usual", 0.740347, -0.097986, 0.957973]],
  ["words", 1.386294, ["score", 0.26018, 0.038954, 1.427178], ["words", 2.197225, -0.1749, 0.1548]],
  ["words", 2.70805, ["lift", 0.065813, -0.11298, 0.301881], ["score_en", 0.182545, 1.015656, -0.052716]],
  ["usual", 0.728579, ["coverage", 0.371847, -0.064296, -1.496658], ["score", 0.50113, -0.026591, 1.279551]],
  ["known", 0.909091, ["known", 0.75, 0.055678, -0.438167], ["usual", 0.728579, -0.607378, 1.153567]],
  ["words", 1.386294, ["score", 0.26018, 0.040967, 1.39235], ["usual", 0.761494, 0.052674, -0.36903]],
  ["usual", 0.714035, ["words", 2.397895, -0.639566, 0.49662], ["known_en", 0.333333, 0.011811, 0.988573]],
  ["words", 2.70805, ["words", 1.609438, 0.38931, -0.08644], ["cosine", 0.359096, -0.037498, 1.015777]],
  ["coverage", 0.056828, ["cosine", 0.380414, -0.130629, 0.825369], ["lift", 0.038076, 0.352093, -0.178125]],
  ["coverage", 0.536096, ["score", 0.320902, 0.142089, -0.184354], ["usual", 0.740347, 0.121141, 1.050538]],
  ["support", 0.836897, ["score", 0.320902, 0.135242, -0.185247], ["score", 0.398048, -0.054758, 0.998613]],
  ["usual", 0.728579, ["words", 2.079442, -0.673493, 0.270746], ["score", 0.50113, -0.025406, 1.259699]],
  ["lift", 0.065813, ["support", 0.778806, 0.138234, -0.313511], ["usual", 0.740347, -0.077473, 0.915807]],
  ["words", 1.386294, ["score", 0.26018, 0.032029, 1.358241], ["usual", 0.761494, 0.050658, -0.35673]],
  ["usual", 0.728579, ["words", 2.079442, -0.650862, 0.252254], ["score", 0.50113, -0.020942, 1.23432]],
  ["known", 0.909091, ["known", 0.75, 0.050816, -0.399183], ["usual", 0.728579, -0.549856, 1.13445]],
  ["words", 2.70805, ["lift", 0.065813, -0.100813, 0.279462], ["score_en", 0.182545, 0.979869, -0.094212]],
  ["words", 1.386294, ["score", 0.26018, 0.043416, 1.326274], ["known_en", 0.333333, -0.054518, 0.57512]],
  ["usual", 0.728579, ["coverage", 0.217253, 0.028697, -0.994765], ["score", 0.50113, -0.017324, 1.209607]],
  ["coverage", 0.536096, ["score", 0.320902, 0.135029, -0.173904], ["usual", 0.740347, 0.13179, 1.028437]],
  ["lexical", 0.287224, ["coverage", 0.056828, 0.270477, -0.098598], ["usual", 0.761494, 1.079548, -0.2585]],
  ["usual", 0.714035, ["lexical", 0.081283, 0.43807, -0.609375], ["known_en", 0.333333, 0.010109, 0.950103]],
  ["known", 0.909091, ["known", 0.75, 0.047498, -0.372518], ["usual", 0.728579, -0.496915, 1.116504]],
  ["words", 2.70805, ["lift", 0.065813, -0.095405, 0.267963], ["cosine", 0.359096, -0.088184, 0.979819]],
  ["words", 1.386294, ["score", 0.26018, 0.029344, 1.297407], ["words", 2.197225, -0.157951, 0.13964]],
  ["coverage", 0.536096, ["usual", 0.753668, 0.068127, -0.263006], ["usual", 0.740347, 0.135098, 1.011845]],
  ["usual", 0.728579, ["coverage", 0.371847, -0.048011, -1.272219], ["score", 0.50113, -0.014962, 1.19217]],
  ["lexical", 0.287224, ["coverage", 0.056828, 0.255129, -0.093618], ["usual", 0.761494, 1.05975, -0.261578]],
  ["usual", 0.714035, ["lexical", 0.081283, 0.409406, -0.581463], ["known_en", 0.333333, 0.009314, 0.928687]],
  ["known", 0.909091, ["score", 0.320902, 0.130158, -0.180777], ["usual", 0.728579, -0.45413, 1.098494]],
  ["words", 2.70805, ["lift", 0.065813, -0.091265, 0.260304], ["score_en", 0.182545, 0.951448, -0.129675]],
  ["words", 1.386294, ["score", 0.26018, 0.019262, 1.273378], ["usual", 0.761494, 0.049278, -0.341746]],
  ["usual", 0.728579, ["words", 2.079442, -0.590764, 0.22779], ["score", 0.50113, -0.012868, 1.172432]]
 ]
}
