"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 1.7187933872337222,
 "coef": {
  "cosine": -0.3145342476321219,
  "coverage": 1.035871415468603,
  "lexical": -0.12263588021337683,
  "known": 0.3127193126598618,
  "kind": 0.06126610283159627,
  "kind_list": -0.12173829218225148,
  "score": 0.29625047678833155,
  "english": -0.40459091379698536,
  "words": 1.0656502682713427,
  "score_en": 0.842088052285101,
  "support": 0.46036279878494313,
  "lift": 1.5254652793500691,
  "agree": -0.2721690379968127,
  "known_en": 0.9090644498724442,
  "usual": 0.1947332872096703,
  "salient": 0.11752187236406889
 },
 "mean": {
  "cosine": 0.4457877849097027,
  "coverage": 0.37604875449555814,
  "lexical": 0.19681301059726114,
  "known": 0.667717658044134,
  "kind": 0.13455497382198953,
  "kind_list": 0.05706806282722513,
  "score": 0.5602751836993501,
  "english": 0.2680628272251309,
  "words": 2.0287205539737196,
  "score_en": 0.14558394360739835,
  "support": 0.8144655801642954,
  "lift": 0.08102412366214566,
  "agree": 0.4732984293193717,
  "known_en": 0.11088753605153366,
  "usual": 0.7426412370659141,
  "salient": 0.40318269146311875
 },
 "scale": {
  "cosine": 0.07968145123169515,
  "coverage": 0.3349960510433364,
  "lexical": 0.08964007775033025,
  "known": 0.2974895435831318,
  "kind": 0.34124761221399064,
  "kind_list": 0.231972625609947,
  "score": 0.32513254037995004,
  "english": 0.4429505027485592,
  "words": 0.504288142999471,
  "score_en": 0.29556214873527903,
  "support": 0.0545705008918082,
  "lift": 0.04342577996508142,
  "agree": 0.49928651706528593,
  "known_en": 0.23776681408793954,
  "usual": 0.02383748170965902,
  "salient": 0.3472286861071537
 },
 "rate": 0.05,
 "threshold": 0.45,
 "closest": 0.1,
 "ratio": 0.4,
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
   "intercept": 0.5685633116484912,
   "coef": {
    "cosine": 0.3118427672317976,
    "coverage": 0.40967812149630267,
    "lexical": 0.9594078099683787,
    "known": 0.7286429426031693,
    "score": -0.12493280812435449,
    "english": 1.1313091273045806,
    "support": 0.22315499660327834,
    "lift": 1.0424291119134022,
    "word_lift": -0.44422231375096155
   },
   "mean": {
    "cosine": 0.42952980360762527,
    "coverage": 0.21820918048963675,
    "lexical": 0.21621857422675325,
    "known": 0.6111934676556827,
    "score": 0.3961557830777615,
    "english": 0.195338512763596,
    "support": 0.7899107398816599,
    "lift": 0.05546086196411038,
    "word_lift": 0.05057786845009811
   },
   "scale": {
    "cosine": 0.059492316439128154,
    "coverage": 0.20361153527368864,
    "lexical": 0.08792519585328012,
    "known": 0.26508580480211863,
    "score": 0.15617645290922919,
    "english": 0.39646106769127015,
    "support": 0.04041279281347698,
    "lift": 0.026502494242518562,
    "word_lift": 0.020848585210892986
   }
  },
  "l2": 3.0,
  "score": "geometric mean of the whole need's and its best clause's probability (answers.fit.need_probability)",
  "threshold": 0.45,
  "thresholds": {
   "fr": 0.55,
   "en": 0.4
  },
  "closest": 0.1,
  "cross_validated_dev": {
   "threshold": [
    0.4,
    0.55
   ],
   "items": 901,
   "covered": 585,
   "uncovered": 316,
   "auc": 0.8401,
   "answered": 0.7128205128205128,
   "declined": 0.7721518987341772,
   "profiles": {
    "covered": 265,
    "uncovered": 127,
    "answered": 0.7811320754716982,
    "declined": 0.7795275590551181,
    "covered_answered_count": 207,
    "uncovered_declined_count": 99,
    "covered_closest_count": 57,
    "uncovered_closest_count": 91,
    "auc": 0.864,
    "ndcg@5": 0.6935257826808104,
    "recall@5": 0.7163522012578616,
    "ndcg@5 closest counted": 0.8209880620055028,
    "recall@5 closest counted": 0.8742138364779873
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.906,
     0.503
    ],
    "0.35": [
     0.868,
     0.595
    ],
    "0.4": [
     0.815,
     0.665
    ],
    "0.45": [
     0.762,
     0.734
    ],
    "0.5": [
     0.723,
     0.788
    ],
    "0.55": [
     0.679,
     0.826
    ],
    "0.6": [
     0.629,
     0.877
    ],
    "0.65": [
     0.586,
     0.915
    ],
    "0.7": [
     0.532,
     0.943
    ],
    "0.75": [
     0.465,
     0.962
    ],
    "0.8": [
     0.395,
     0.968
    ],
    "0.85": [
     0.33,
     0.984
    ],
    "0.9": [
     0.265,
     0.991
    ]
   }
  },
  "grouped_cross_validated_dev": {
   "all": {
    "threshold": [
     0.4,
     0.45,
     0.5,
     0.55
    ],
    "items": 901,
    "covered": 585,
    "uncovered": 316,
    "auc": 0.8379,
    "answered": 0.7076923076923077,
    "declined": 0.7784810126582279,
    "profiles": {
     "covered": 265,
     "uncovered": 127,
     "answered": 0.7773584905660378,
     "declined": 0.8031496062992126,
     "covered_answered_count": 206,
     "uncovered_declined_count": 102,
     "covered_closest_count": 57,
     "uncovered_closest_count": 94,
     "auc": 0.8663,
     "ndcg@5": 0.6929272808123905,
     "recall@5": 0.7125786163522013,
     "ndcg@5 closest counted": 0.821003929007307,
     "recall@5 closest counted": 0.8742138364779874
    },
    "curve (threshold: answered, declined)": {
     "0.3": [
      0.894,
      0.5
     ],
     "0.35": [
      0.865,
      0.611
     ],
     "0.4": [
      0.814,
      0.661
     ],
     "0.45": [
      0.761,
      0.734
     ],
     "0.5": [
      0.715,
      0.785
     ],
     "0.55": [
      0.68,
      0.839
     ],
     "0.6": [
      0.638,
      0.877
     ],
     "0.65": [
      0.59,
      0.918
     ],
     "0.7": [
      0.53,
      0.946
     ],
     "0.75": [
      0.462,
      0.959
     ],
     "0.8": [
      0.397,
      0.972
     ],
     "0.85": [
      0.34,
      0.981
     ],
     "0.9": [
      0.27,
      0.991
     ]
    }
   },
   "by file": {
    "adjacent_lists.jsonl": {
     "threshold": [
      0.45,
      0.55
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
       0.519
      ],
      "0.35": [
       0.0,
       0.667
      ],
      "0.4": [
       0.0,
       0.704
      ],
      "0.45": [
       0.0,
       0.778
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
       0.889
      ],
      "0.65": [
       0.0,
       0.926
      ],
      "0.7": [
       0.0,
       0.926
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
      0.55
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
      "uncovered_closest_count": 10,
      "auc": 1.0,
      "ndcg@5": 0.9380883562714144,
      "recall@5": 0.961111111111111,
      "ndcg@5 closest counted": 0.9380883562714144,
      "recall@5 closest counted": 0.961111111111111
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.583
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
       0.833
      ],
      "0.55": [
       1.0,
       0.917
      ],
      "0.6": [
       1.0,
       1.0
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
       0.533,
       1.0
      ]
     }
    },
    "profiles_blind2.jsonl": {
     "threshold": [
      0.45,
      0.55
     ],
     "items": 56,
     "covered": 38,
     "uncovered": 18,
     "auc": 0.9123,
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
      "auc": 0.9123,
      "ndcg@5": 0.7218840826395233,
      "recall@5": 0.7412280701754386,
      "ndcg@5 closest counted": 0.8381045203401856,
      "recall@5 closest counted": 0.8991228070175438
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.974,
       0.5
      ],
      "0.35": [
       0.921,
       0.5
      ],
      "0.4": [
       0.842,
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
       0.944
      ],
      "0.6": [
       0.763,
       1.0
      ],
      "0.65": [
       0.737,
       1.0
      ],
      "0.7": [
       0.658,
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
      0.4,
      0.55
     ],
     "items": 61,
     "covered": 41,
     "uncovered": 20,
     "auc": 0.7829,
     "answered": 0.5853658536585366,
     "declined": 0.85,
     "profiles": {
      "covered": 41,
      "uncovered": 20,
      "answered": 0.5853658536585366,
      "declined": 0.85,
      "covered_answered_count": 24,
      "uncovered_declined_count": 17,
      "covered_closest_count": 17,
      "uncovered_closest_count": 16,
      "auc": 0.7829,
      "ndcg@5": 0.5558936278694843,
      "recall@5": 0.573170731707317,
      "ndcg@5 closest counted": 0.825114969799525,
      "recall@5 closest counted": 0.926829268292683
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.927,
       0.4
      ],
      "0.35": [
       0.829,
       0.5
      ],
      "0.4": [
       0.707,
       0.6
      ],
      "0.45": [
       0.659,
       0.7
      ],
      "0.5": [
       0.61,
       0.85
      ],
      "0.55": [
       0.537,
       0.9
      ],
      "0.6": [
       0.439,
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
     "auc": 0.6536,
     "answered": 0.4523809523809524,
     "declined": 0.85,
     "profiles": {
      "covered": 42,
      "uncovered": 20,
      "answered": 0.4523809523809524,
      "declined": 0.85,
      "covered_answered_count": 19,
      "uncovered_declined_count": 17,
      "covered_closest_count": 23,
      "uncovered_closest_count": 16,
      "auc": 0.6536,
      "ndcg@5": 0.4087712824246207,
      "recall@5": 0.39285714285714285,
      "ndcg@5 closest counted": 0.6828162027430957,
      "recall@5 closest counted": 0.7103174603174602
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.714,
       0.3
      ],
      "0.35": [
       0.69,
       0.55
      ],
      "0.4": [
       0.69,
       0.65
      ],
      "0.45": [
       0.571,
       0.75
      ],
      "0.5": [
       0.5,
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
       0.357,
       0.95
      ],
      "0.7": [
       0.286,
       0.95
      ],
      "0.75": [
       0.214,
       0.95
      ],
      "0.8": [
       0.095,
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
      0.45,
      0.55
     ],
     "items": 63,
     "covered": 42,
     "uncovered": 21,
     "auc": 0.8844,
     "answered": 0.8333333333333334,
     "declined": 0.6666666666666666,
     "profiles": {
      "covered": 42,
      "uncovered": 21,
      "answered": 0.8333333333333334,
      "declined": 0.6666666666666666,
      "covered_answered_count": 35,
      "uncovered_declined_count": 14,
      "covered_closest_count": 7,
      "uncovered_closest_count": 14,
      "auc": 0.8844,
      "ndcg@5": 0.691784466700715,
      "recall@5": 0.7103174603174602,
      "ndcg@5 closest counted": 0.8190824187368941,
      "recall@5 closest counted": 0.8769841269841269
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       1.0,
       0.333
      ],
      "0.35": [
       1.0,
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
       0.762
      ],
      "0.6": [
       0.762,
       0.857
      ],
      "0.65": [
       0.667,
       0.857
      ],
      "0.7": [
       0.619,
       0.952
      ],
      "0.75": [
       0.476,
       0.952
      ],
      "0.8": [
       0.333,
       0.952
      ],
      "0.85": [
       0.238,
       0.952
      ],
      "0.9": [
       0.19,
       1.0
      ]
     }
    },
    "profiles_blind6.jsonl": {
     "threshold": [
      0.4,
      0.5
     ],
     "items": 69,
     "covered": 46,
     "uncovered": 23,
     "auc": 0.8932,
     "answered": 0.9130434782608695,
     "declined": 0.6956521739130435,
     "profiles": {
      "covered": 46,
      "uncovered": 23,
      "answered": 0.9130434782608695,
      "declined": 0.6956521739130435,
      "covered_answered_count": 42,
      "uncovered_declined_count": 16,
      "covered_closest_count": 3,
      "uncovered_closest_count": 14,
      "auc": 0.8932,
      "ndcg@5": 0.7797609037193943,
      "recall@5": 0.8152173913043478,
      "ndcg@5 closest counted": 0.8151839359150586,
      "recall@5 closest counted": 0.8586956521739131
     },
     "curve (threshold: answered, declined)": {
      "0.3": [
       0.957,
       0.435
      ],
      "0.35": [
       0.957,
       0.522
      ],
      "0.4": [
       0.935,
       0.565
      ],
      "0.45": [
       0.87,
       0.739
      ],
      "0.5": [
       0.848,
       0.783
      ],
      "0.55": [
       0.783,
       0.826
      ],
      "0.6": [
       0.717,
       0.913
      ],
      "0.65": [
       0.652,
       0.913
      ],
      "0.7": [
       0.565,
       0.957
      ],
      "0.75": [
       0.413,
       1.0
      ],
      "0.8": [
       0.391,
       1.0
      ],
      "0.85": [
       0.326,
       1.0
      ],
      "0.9": [
       0.239,
       1.0
      ]
     }
    },
    "profiles_dev.jsonl": {
     "threshold": [
      0.45,
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
       0.875
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
       0.875,
       1.0
      ],
      "0.7": [
       0.75,
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
       0.5,
       1.0
      ]
     }
    },
    "profiles_v2.jsonl": {
     "threshold": [
      0.45,
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
      "ndcg@5": 0.8790771206021152,
      "recall@5": 0.9166666666666666,
      "ndcg@5 closest counted": 0.8790771206021152,
      "recall@5 closest counted": 0.9166666666666666
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
     "auc": 0.9291,
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
       0.941,
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
       0.706,
       1.0
      ]
     }
    },
    "questions_blind.jsonl": {
     "threshold": [
      0.45,
      0.55
     ],
     "items": 40,
     "covered": 28,
     "uncovered": 12,
     "auc": 0.625,
     "answered": 0.39285714285714285,
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
       0.821,
       0.417
      ],
      "0.4": [
       0.643,
       0.417
      ],
      "0.45": [
       0.536,
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
       0.357,
       0.833
      ],
      "0.65": [
       0.357,
       1.0
      ],
      "0.7": [
       0.321,
       1.0
      ],
      "0.75": [
       0.321,
       1.0
      ],
      "0.8": [
       0.25,
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
      0.45,
      0.55
     ],
     "items": 45,
     "covered": 30,
     "uncovered": 15,
     "auc": 0.8422,
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
       0.633,
       0.8
      ],
      "0.65": [
       0.6,
       0.867
      ],
      "0.7": [
       0.567,
       0.867
      ],
      "0.75": [
       0.5,
       0.933
      ],
      "0.8": [
       0.367,
       0.933
      ],
      "0.85": [
       0.267,
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
     "auc": 0.8183,
     "answered": 0.7631578947368421,
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
       0.711,
       0.81
      ],
      "0.6": [
       0.605,
       0.81
      ],
      "0.65": [
       0.526,
       0.857
      ],
      "0.7": [
       0.447,
       0.952
      ],
      "0.75": [
       0.342,
       0.952
      ],
      "0.8": [
       0.289,
       1.0
      ],
      "0.85": [
       0.263,
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
     "auc": 0.7625,
     "answered": 0.575,
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
       0.825,
       0.583
      ],
      "0.35": [
       0.825,
       0.625
      ],
      "0.4": [
       0.775,
       0.667
      ],
      "0.45": [
       0.75,
       0.667
      ],
      "0.5": [
       0.65,
       0.667
      ],
      "0.55": [
       0.55,
       0.708
      ],
      "0.6": [
       0.5,
       0.75
      ],
      "0.65": [
       0.475,
       0.875
      ],
      "0.7": [
       0.4,
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
      0.45,
      0.55
     ],
     "items": 71,
     "covered": 47,
     "uncovered": 24,
     "auc": 0.9131,
     "answered": 0.723404255319149,
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
       0.75
      ],
      "0.4": [
       0.851,
       0.792
      ],
      "0.45": [
       0.851,
       0.917
      ],
      "0.5": [
       0.723,
       0.958
      ],
      "0.55": [
       0.702,
       0.958
      ],
      "0.6": [
       0.702,
       0.958
      ],
      "0.65": [
       0.66,
       0.958
      ],
      "0.7": [
       0.574,
       1.0
      ],
      "0.75": [
       0.511,
       1.0
      ],
      "0.8": [
       0.383,
       1.0
      ],
      "0.85": [
       0.298,
       1.0
      ],
      "0.9": [
       0.255,
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
     "auc": 0.8293,
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
       0.587,
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
       0.926
      ],
      "0.6": [
       0.348,
       1.0
      ],
      "0.65": [
       0.326,
       1.0
      ],
      "0.7": [
       0.283,
       1.0
      ],
      "0.75": [
       0.239,
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
    },
    "questions_blind7.jsonl": {
     "threshold": [
      0.45,
      0.55
     ],
     "items": 66,
     "covered": 40,
     "uncovered": 26,
     "auc": 0.6962,
     "answered": 0.55,
     "declined": 0.6538461538461539,
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
       0.346
      ],
      "0.35": [
       0.825,
       0.5
      ],
      "0.4": [
       0.8,
       0.577
      ],
      "0.45": [
       0.7,
       0.654
      ],
      "0.5": [
       0.625,
       0.692
      ],
      "0.55": [
       0.525,
       0.731
      ],
      "0.6": [
       0.5,
       0.731
      ],
      "0.65": [
       0.375,
       0.808
      ],
      "0.7": [
       0.275,
       0.846
      ],
      "0.75": [
       0.25,
       0.885
      ],
      "0.8": [
       0.25,
       0.923
      ],
      "0.85": [
       0.225,
       0.923
      ],
      "0.9": [
       0.1,
       0.962
      ]
     }
    }
   }
  },
  "question_model_cross_validated_dev": {
   "threshold": [
    0.65
   ],
   "items": 901,
   "covered": 585,
   "uncovered": 316,
   "auc": 0.8045,
   "answered": 0.7196581196581197,
   "declined": 0.6867088607594937,
   "profiles": {
    "covered": 265,
    "uncovered": 127,
    "answered": 0.8566037735849057,
    "declined": 0.3700787401574803,
    "covered_answered_count": 227,
    "uncovered_declined_count": 47,
    "covered_closest_count": 38,
    "uncovered_closest_count": 46,
    "auc": 0.7741,
    "ndcg@5": 0.7433440035580094,
    "recall@5": 0.7735849056603774,
    "ndcg@5 closest counted": 0.824326976620175,
    "recall@5 closest counted": 0.879245283018868
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.949,
     0.389
    ],
    "0.35": [
     0.935,
     0.43
    ],
    "0.4": [
     0.906,
     0.468
    ],
    "0.45": [
     0.882,
     0.528
    ],
    "0.5": [
     0.85,
     0.563
    ],
    "0.55": [
     0.805,
     0.585
    ],
    "0.6": [
     0.773,
     0.636
    ],
    "0.65": [
     0.72,
     0.687
    ],
    "0.7": [
     0.67,
     0.753
    ],
    "0.75": [
     0.605,
     0.807
    ],
    "0.8": [
     0.542,
     0.861
    ],
    "0.85": [
     0.45,
     0.93
    ],
    "0.9": [
     0.338,
     0.965
    ]
   }
  }
 },
 "ratio_list": 0.3,
 "fitted_on": {
  "file": "tests/eval/questions.jsonl",
  "split": "dev",
  "questions": 1929,
  "of_which": {
   "tests/eval/questions.jsonl": 237,
   "tests/eval/questions_blind.jsonl": 162,
   "tests/eval/questions_blind2.jsonl": 181,
   "tests/eval/questions_blind3.jsonl": 229,
   "tests/eval/questions_blind4.jsonl": 255,
   "tests/eval/questions_blind5.jsonl": 262,
   "tests/eval/questions_blind6.jsonl": 281,
   "tests/eval/questions_blind7.jsonl": 295,
   "tests/eval/adjacent_lists.jsonl": 27
  },
  "in_scope": 1581,
  "declinable": 348,
  "profile_needs": {
   "file": "tests/eval/profiles_v2.jsonl",
   "split": "dev",
   "covered": 18,
   "uncovered": 5
  },
  "date": "2026-12-02 16:37 UTC",
  "machine": "AMD EPYC, 2 cores",
  "command": "python -m assist eval tests/eval/questions.jsonl --fit",
  "ranking_quality_dev": 0.8208,
  "ranking_cross_validated_dev": {
   "folds": 5,
   "questions": 1581,
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
     0.0,
     0.0,
     0.0,
     0.5
    ],
    "all": {
     "n": 1581,
     "ndcg@5": 0.7408,
     "recall@5": 0.7884
    },
    "english": {
     "n": 250,
     "ndcg@5": 0.831,
     "recall@5": 0.8713
    },
    "fact": {
     "n": 165,
     "ndcg@5": 0.951,
     "recall@5": 0.9667
    },
    "list": {
     "n": 170,
     "ndcg@5": 0.7862,
     "recall@5": 0.7901
    },
    "name": {
     "n": 157,
     "ndcg@5": 0.9652,
     "recall@5": 0.9814
    },
    "need": {
     "n": 320,
     "ndcg@5": 0.6998,
     "recall@5": 0.7454
    },
    "paraphrase": {
     "n": 312,
     "ndcg@5": 0.4227,
     "recall@5": 0.5283
    },
    "strategy": {
     "n": 207,
     "ndcg@5": 0.7995,
     "recall@5": 0.8566
    },
    "language fr": {
     "n": 1198,
     "ndcg@5": 0.725,
     "recall@5": 0.7717
    },
    "language en": {
     "n": 383,
     "ndcg@5": 0.7901,
     "recall@5": 0.8403
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
     "n": 1581,
     "ndcg@5": 0.7945,
     "recall@5": 0.8265
    },
    "english": {
     "n": 250,
     "ndcg@5": 0.8688,
     "recall@5": 0.8813
    },
    "fact": {
     "n": 165,
     "ndcg@5": 0.9499,
     "recall@5": 0.9515
    },
    "list": {
     "n": 170,
     "ndcg@5": 0.7776,
     "recall@5": 0.7785
    },
    "name": {
     "n": 157,
     "ndcg@5": 0.97,
     "recall@5": 0.9751
    },
    "need": {
     "n": 320,
     "ndcg@5": 0.769,
     "recall@5": 0.7903
    },
    "paraphrase": {
     "n": 312,
     "ndcg@5": 0.5612,
     "recall@5": 0.6597
    },
    "strategy": {
     "n": 207,
     "ndcg@5": 0.8527,
     "recall@5": 0.8951
    },
    "language fr": {
     "n": 1198,
     "ndcg@5": 0.7777,
     "recall@5": 0.8138
    },
    "language en": {
     "n": 383,
     "ndcg@5": 0.8472,
     "recall@5": 0.8664
    }
   },
   "with late": {
    "late weight per fold": [
     8.0,
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
     0.5
    ],
    "all": {
     "n": 1581,
     "ndcg@5": 0.8023,
     "recall@5": 0.8326
    },
    "english": {
     "n": 250,
     "ndcg@5": 0.8825,
     "recall@5": 0.8929
    },
    "fact": {
     "n": 165,
     "ndcg@5": 0.9528,
     "recall@5": 0.9576
    },
    "list": {
     "n": 170,
     "ndcg@5": 0.7967,
     "recall@5": 0.8057
    },
    "name": {
     "n": 157,
     "ndcg@5": 0.9702,
     "recall@5": 0.9751
    },
    "need": {
     "n": 320,
     "ndcg@5": 0.7773,
     "recall@5": 0.7964
    },
    "paraphrase": {
     "n": 312,
     "ndcg@5": 0.5695,
     "recall@5": 0.6581
    },
    "strategy": {
     "n": 207,
     "ndcg@5": 0.852,
     "recall@5": 0.8931
    },
    "language fr": {
     "n": 1198,
     "ndcg@5": 0.7852,
     "recall@5": 0.8192
    },
    "language en": {
     "n": 383,
     "ndcg@5": 0.8556,
     "recall@5": 0.8745
    }
   }
  },
  "ranking_grouped_cross_validated_dev": {
   "folds": 8,
   "questions": 1581,
   "held out": "one file at a time",
   "without late": {
    "late weight per fold": [
     0.0,
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
     0.5,
     0.0
    ],
    "all": {
     "n": 1581,
     "ndcg@5": 0.7451,
     "recall@5": 0.7919
    },
    "english": {
     "n": 250,
     "ndcg@5": 0.8306,
     "recall@5": 0.8656
    },
    "fact": {
     "n": 165,
     "ndcg@5": 0.9504,
     "recall@5": 0.9667
    },
    "list": {
     "n": 170,
     "ndcg@5": 0.7877,
     "recall@5": 0.7969
    },
    "name": {
     "n": 157,
     "ndcg@5": 0.9689,
     "recall@5": 0.9814
    },
    "need": {
     "n": 320,
     "ndcg@5": 0.6901,
     "recall@5": 0.735
    },
    "paraphrase": {
     "n": 312,
     "ndcg@5": 0.454,
     "recall@5": 0.5572
    },
    "strategy": {
     "n": 207,
     "ndcg@5": 0.7975,
     "recall@5": 0.8574
    },
    "language fr": {
     "n": 1198,
     "ndcg@5": 0.7299,
     "recall@5": 0.7774
    },
    "language en": {
     "n": 383,
     "ndcg@5": 0.7927,
     "recall@5": 0.8373
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.8093,
     "recall@5": 0.8432
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.7606,
     "recall@5": 0.8169
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
     "ndcg@5": 0.7258,
     "recall@5": 0.7675
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.7537,
     "recall@5": 0.7981
    },
    "file questions_blind6.jsonl": {
     "n": 234,
     "ndcg@5": 0.7341,
     "recall@5": 0.777
    },
    "file questions_blind7.jsonl": {
     "n": 249,
     "ndcg@5": 0.6984,
     "recall@5": 0.7446
    }
   },
   "without hub": {
    "late weight per fold": [
     8.0,
     8.0,
     8.0,
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
     0.0,
     0.0,
     0.0,
     0.0
    ],
    "all": {
     "n": 1581,
     "ndcg@5": 0.7948,
     "recall@5": 0.8274
    },
    "english": {
     "n": 250,
     "ndcg@5": 0.8691,
     "recall@5": 0.8809
    },
    "fact": {
     "n": 165,
     "ndcg@5": 0.9499,
     "recall@5": 0.9515
    },
    "list": {
     "n": 170,
     "ndcg@5": 0.7782,
     "recall@5": 0.7818
    },
    "name": {
     "n": 157,
     "ndcg@5": 0.97,
     "recall@5": 0.9751
    },
    "need": {
     "n": 320,
     "ndcg@5": 0.7681,
     "recall@5": 0.7903
    },
    "paraphrase": {
     "n": 312,
     "ndcg@5": 0.5648,
     "recall@5": 0.6661
    },
    "strategy": {
     "n": 207,
     "ndcg@5": 0.8501,
     "recall@5": 0.8895
    },
    "language fr": {
     "n": 1198,
     "ndcg@5": 0.7779,
     "recall@5": 0.8151
    },
    "language en": {
     "n": 383,
     "ndcg@5": 0.8475,
     "recall@5": 0.8656
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.8375,
     "recall@5": 0.8606
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8157,
     "recall@5": 0.848
    },
    "file questions_blind2.jsonl": {
     "n": 150,
     "ndcg@5": 0.7922,
     "recall@5": 0.8412
    },
    "file questions_blind3.jsonl": {
     "n": 191,
     "ndcg@5": 0.7881,
     "recall@5": 0.838
    },
    "file questions_blind4.jsonl": {
     "n": 211,
     "ndcg@5": 0.7667,
     "recall@5": 0.7891
    },
    "file questions_blind5.jsonl": {
     "n": 217,
     "ndcg@5": 0.8031,
     "recall@5": 0.8308
    },
    "file questions_blind6.jsonl": {
     "n": 234,
     "ndcg@5": 0.806,
     "recall@5": 0.8267
    },
    "file questions_blind7.jsonl": {
     "n": 249,
     "ndcg@5": 0.7629,
     "recall@5": 0.8038
    }
   },
   "with late": {
    "late weight per fold": [
     8.0,
     8.0,
     4.0,
     8.0,
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
     0.5,
     0.5
    ],
    "all": {
     "n": 1581,
     "ndcg@5": 0.8034,
     "recall@5": 0.8334
    },
    "english": {
     "n": 250,
     "ndcg@5": 0.881,
     "recall@5": 0.8909
    },
    "fact": {
     "n": 165,
     "ndcg@5": 0.9557,
     "recall@5": 0.9697
    },
    "list": {
     "n": 170,
     "ndcg@5": 0.7957,
     "recall@5": 0.7992
    },
    "name": {
     "n": 157,
     "ndcg@5": 0.9703,
     "recall@5": 0.9751
    },
    "need": {
     "n": 320,
     "ndcg@5": 0.7803,
     "recall@5": 0.7981
    },
    "paraphrase": {
     "n": 312,
     "ndcg@5": 0.5728,
     "recall@5": 0.6608
    },
    "strategy": {
     "n": 207,
     "ndcg@5": 0.8513,
     "recall@5": 0.8907
    },
    "language fr": {
     "n": 1198,
     "ndcg@5": 0.7873,
     "recall@5": 0.8207
    },
    "language en": {
     "n": 383,
     "ndcg@5": 0.8538,
     "recall@5": 0.8732
    },
    "file questions.jsonl": {
     "n": 193,
     "ndcg@5": 0.8339,
     "recall@5": 0.8551
    },
    "file questions_blind.jsonl": {
     "n": 136,
     "ndcg@5": 0.8259,
     "recall@5": 0.857
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
     "ndcg@5": 0.8026,
     "recall@5": 0.8188
    },
    "file questions_blind6.jsonl": {
     "n": 234,
     "ndcg@5": 0.8045,
     "recall@5": 0.8328
    },
    "file questions_blind7.jsonl": {
     "n": 249,
     "ndcg@5": 0.7828,
     "recall@5": 0.8175
    }
   }
  },
  "decision_cross_validated_dev": {
   "auc": 0.9296,
   "answered": 0.8492808005003127,
   "declined": 0.8611898016997167,
   "closest_offered": {
    "in_scope": 0.13758599124452783,
    "declinable": 0.46175637393767704,
    "all": 0.19620901639344263
   },
   "relevant_among_closest": 0.6712328767123288,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 1952,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.957,
     0.626
    ],
    "0.3": [
     0.924,
     0.734
    ],
    "0.4": [
     0.882,
     0.81
    ],
    "0.5": [
     0.822,
     0.887
    ],
    "0.6": [
     0.769,
     0.921
    ],
    "0.7": [
     0.719,
     0.958
    ],
    "0.8": [
     0.654,
     0.969
    ]
   }
  },
  "decision_grouped_cross_validated_dev": {
   "auc": 0.9251,
   "answered": 0.8537,
   "declined": 0.8499,
   "closest_offered": {
    "in_scope": 0.13070669168230145,
    "declinable": 0.44192634560906513,
    "all": 0.1869877049180328
   },
   "relevant_among_closest": 0.6923076923076923,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 1952,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.955,
     0.586
    ],
    "0.3": [
     0.919,
     0.722
    ],
    "0.4": [
     0.879,
     0.807
    ],
    "0.5": [
     0.83,
     0.864
    ],
    "0.6": [
     0.77,
     0.915
    ],
    "0.7": [
     0.715,
     0.938
    ],
    "0.8": [
     0.662,
     0.969
    ]
   },
   "nested": {
    "answered": 0.8537,
    "declined": 0.8499
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
     "auc": 0.9531,
     "threshold": 0.45,
     "answered": 0.8342,
     "declined": 0.8636
    },
    "questions_blind.jsonl": {
     "questions": 162,
     "auc": 0.9262,
     "threshold": 0.45,
     "answered": 0.7721,
     "declined": 0.8462
    },
    "questions_blind2.jsonl": {
     "questions": 181,
     "auc": 0.9389,
     "threshold": 0.45,
     "answered": 0.88,
     "declined": 0.9032
    },
    "questions_blind3.jsonl": {
     "questions": 229,
     "auc": 0.9329,
     "threshold": 0.45,
     "answered": 0.822,
     "declined": 0.8947
    },
    "questions_blind4.jsonl": {
     "questions": 255,
     "auc": 0.9214,
     "threshold": 0.45,
     "answered": 0.872,
     "declined": 0.8636
    },
    "questions_blind5.jsonl": {
     "questions": 262,
     "auc": 0.921,
     "threshold": 0.45,
     "answered": 0.8295,
     "declined": 0.8667
    },
    "questions_blind6.jsonl": {
     "questions": 281,
     "auc": 0.9101,
     "threshold": 0.45,
     "answered": 0.8761,
     "declined": 0.7872
    },
    "questions_blind7.jsonl": {
     "questions": 295,
     "auc": 0.9002,
     "threshold": 0.45,
     "answered": 0.8996,
     "declined": 0.7391
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
    "tests/eval/profiles_blind5.jsonl",
    "tests/eval/profiles_blind6.jsonl"
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
   "more_profiles_held_out": 369
  }
 },
 "trees": [
  ["salient", 0.082792, ["known_en", 0.0, 0.926838, -0.166228], ["salient", 0.455809, -0.531926, 0.959957]],
  ["salient", 0.082792, ["known_en", 0.0, 0.866849, -0.158658], ["salient", 0.455809, -0.506993, 0.935232]],
  ["salient", 0.082792, ["known_en", 0.0, 0.811957, -0.151419], ["salient", 0.455809, -0.483246, 0.910894]],
  ["salient", 0.082792, ["known_en", 0.0, 0.761551, -0.144497], ["salient", 0.455809, -0.460618, 0.886932]],
  ["salient", 0.082792, ["score", 0.34693, 0.330589, 1.463343], ["salient", 0.455809, -0.43905, 0.863334]],
  ["words", 2.484907, ["words", 1.609438, 0.824112, -0.342461], ["support", 0.785504, 1.051465, -0.170914]],
  ["words", 2.484907, ["words", 1.609438, 0.779987, -0.326381], ["usual", 0.737148, 1.216893, 0.151537]],
  ["salient", 0.082792, ["known_en", 0.0, 0.67484, -0.17153], ["salient", 0.455809, -0.408073, 0.826869]],
  ["words", 1.386294, ["usual", 0.731345, 0.389294, 2.396978], ["words", 2.484907, -0.221904, 0.625613]],
  ["words", 1.386294, ["usual", 0.731345, 0.377489, 2.324399], ["words", 2.484907, -0.21129, 0.595205]],
  ["coverage", 0.10176, ["lexical", 0.194512, 0.305228, 2.071935], ["salient", 0.455809, -0.385757, 0.775245]],
  ["salient", 0.082792, ["score", 0.34693, 0.262673, 1.365521], ["salient", 0.455809, -0.372111, 0.7717]],
  ["words", 1.386294, ["known_en", 0.0, 2.119393, 0.063098], ["words", 2.484907, -0.197814, 0.557879]],
  ["coverage", 0.10176, ["lexical", 0.129642, -0.035491, 0.786712], ["salient", 0.455809, -0.355099, 0.727578]],
  ["words", 1.386294, ["usual", 0.719334, 0.111802, 2.090341], ["words", 2.484907, -0.186399, 0.523204]],
  ["salient", 0.082792, ["score", 0.34693, 0.23827, 1.297211], ["salient", 0.455809, -0.340196, 0.721701]],
  ["words", 1.386294, ["known_en", 0.0, 1.984297, 0.005958], ["words", 2.197225, -0.314706, 0.241831]],
  ["coverage", 0.054538, ["english", 0.0, 1.172062, -0.071787], ["salient", 0.455809, -0.224478, 0.679172]],
  ["salient", 0.047318, ["score", 0.34693, 0.249354, 1.830099], ["salient", 0.455809, -0.262965, 0.678624]],
  ["salient", 0.12081, ["known_en", 0.0, 0.478809, -0.263426], ["words", 1.609438, 0.719277, -0.364513]],
  ["words", 1.386294, ["usual", 0.719334, 0.011367, 1.925463], ["words", 2.197225, -0.301628, 0.234543]],
  ["coverage", 0.10176, ["lexical", 0.194512, 0.225307, 1.880602], ["salient", 0.455809, -0.299835, 0.632374]],
  ["words", 2.70805, ["words", 1.609438, 0.645647, -0.176192], ["score", 0.258769, 1.759934, 0.38981]],
  ["salient", 0.047318, ["score", 0.34693, 0.214465, 1.759648], ["known", 0.909091, -0.217866, 0.906025]],
  ["words", 2.484907, ["words", 1.609438, 0.601631, -0.232924], ["support", 0.825402, 0.561434, -1.522093]],
  ["coverage", 0.10176, ["lexical", 0.194512, 0.207654, 1.794616], ["usual", 0.728234, -0.745117, -0.003913]],
  ["words", 1.386294, ["usual", 0.719334, -0.030252, 1.80943], ["words", 2.197225, -0.276486, 0.215336]],
  ["coverage", 0.054538, ["cosine", 0.395152, 0.067753, 1.313523], ["salient", 0.455809, -0.187542, 0.602493]],
  ["words", 1.386294, ["usual", 0.719334, -0.039238, 1.737505], ["words", 2.197225, -0.264836, 0.206362]],
  ["salient", 0.047318, ["score", 0.34693, 0.189831, 1.690847], ["coverage", 0.536038, -0.184258, 1.167282]],
  ["words", 2.70805, ["words", 1.609438, 0.568763, -0.154901], ["usual", 0.737148, 1.31511, 0.167553]],
  ["usual", 0.713507, ["words", 2.397895, -0.856278, 0.719241], ["salient", 0.455809, -0.006169, 0.951718]],
  ["salient", 0.12081, ["known_en", 0.0, 0.417439, -0.290454], ["usual", 0.728234, -0.843991, -0.000787]],
  ["coverage", 0.054538, ["english", 0.0, 0.948627, -0.134723], ["known_en", 0.333333, -0.158189, 0.741194]],
  ["words", 2.70805, ["words", 1.609438, 0.534628, -0.14665], ["score", 0.258769, 1.59444, 0.301814]],
  ["usual", 0.713507, ["words", 2.397895, -0.813411, 0.696058], ["salient", 0.455809, -0.008191, 0.932322]],
  ["salient", 0.047318, ["score", 0.34693, 0.171323, 1.632385], ["known", 0.909091, -0.187585, 0.849817]],
  ["coverage", 0.10176, ["lexical", 0.194512, 0.170783, 1.696247], ["usual", 0.728234, -0.668904, 0.001781]],
  ["words", 1.386294, ["usual", 0.719334, -0.04795, 1.599502], ["words", 2.197225, -0.245527, 0.192614]],
  ["words", 2.70805, ["words", 1.609438, 0.507756, -0.137237], ["usual", 0.737148, 1.216923, 0.125724]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.36023, -2.344251], ["salient", 0.455809, -0.008306, 0.909167]],
  ["salient", 0.047318, ["known", 0.333333, -0.150233, 0.719873], ["coverage", 0.536038, -0.160861, 1.127549]],
  ["coverage", 0.10176, ["lexical", 0.194512, 0.161057, 1.631292], ["usual", 0.728234, -0.631818, 0.000395]],
  ["words", 1.386294, ["usual", 0.719334, -0.033458, 1.522863], ["words", 2.197225, -0.232063, 0.180805]],
  ["coverage", 0.054538, ["cosine", 0.395152, 0.01589, 1.150121], ["known_en", 0.333333, -0.149019, 0.768129]],
  ["lexical", 0.288114, ["salient", 0.12081, 0.197114, -0.209166], ["usual", 0.761646, 1.209102, 0.041501]],
  ["usual", 0.713507, ["words", 2.397895, -0.734341, 0.6505], ["salient", 0.455809, -0.009192, 0.893631]],
  ["words", 1.609438, ["usual", 0.753823, -0.157075, 1.94784], ["usual", 0.761646, 0.081227, -0.728668]],
  ["words", 2.70805, ["words", 1.609438, 0.463681, -0.12593], ["score", 0.258769, 1.475451, 0.24243]],
  ["lexical", 0.288114, ["salient", 0.12081, 0.186455, -0.199151], ["usual", 0.761646, 1.186196, 0.058127]],
  ["support", 0.848344, ["usual", 0.761646, 0.06268, -0.459621], ["known_en", 0.666667, 1.011994, 0.007094]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.32231, -2.086753], ["salient", 0.455809, -0.006321, 0.865264]],
  ["words", 2.70805, ["words", 1.609438, 0.437524, -0.120218], ["usual", 0.737148, 1.12835, 0.096786]],
  ["words", 2.197225, ["usual", 0.728234, -0.676242, 0.055281], ["usual", 0.757414, 0.433679, -0.772418]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.143425, -0.227005], ["usual", 0.761646, 1.15828, 0.079437]],
  ["words", 1.386294, ["score", 0.258769, -0.0008, 1.457864], ["words", 2.197225, -0.210258, 0.161805]],
  ["lift", 0.064583, ["words", 2.484907, -0.215108, 0.351431], ["score_en", 0.179089, -0.018827, 1.18032]],
  ["support", 0.848344, ["score", 0.321042, 0.150425, -0.201365], ["known_en", 0.666667, 0.994177, 0.006541]],
  ["lexical", 0.288114, ["words", 1.609438, 0.438462, -0.086984], ["usual", 0.761646, 1.136796, 0.073332]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.30271, -1.929412], ["salient", 0.455809, -0.00727, 0.848023]],
  ["words", 1.386294, ["score", 0.258769, -0.009223, 1.426635], ["words", 2.197225, -0.201175, 0.153624]],
  ["lift", 0.064583, ["support", 0.777984, 0.132952, -0.340995], ["score_en", 0.179089, -0.025085, 1.152344]],
  ["usual", 0.713507, ["words", 2.397895, -0.670465, 0.582774], ["salient", 0.455809, -0.005768, 0.832207]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.136121, -0.214377], ["usual", 0.761646, 1.116656, 0.070333]],
  ["support", 0.848344, ["usual", 0.761646, 0.055601, -0.411377], ["known_en", 0.666667, 0.974073, 0.005789]],
  ["words", 1.386294, ["score", 0.258769, -0.00299, 1.407247], ["words", 2.197225, -0.19141, 0.144351]],
  ["words", 1.609438, ["usual", 0.753823, -0.166669, 1.87586], ["usual", 0.753823, 0.105302, -0.490617]],
  ["usual", 0.713507, ["words", 2.397895, -0.646645, 0.549884], ["salient", 0.455809, -0.004033, 0.809057]],
  ["lift", 0.032498, ["score_en", 0.179089, 0.688778, -0.626535], ["lift", 0.064583, -0.176635, 0.293402]],
  ["coverage", 0.054538, ["english", 0.0, 0.795144, -0.2029], ["known_en", 0.333333, -0.136918, 0.784586]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.127816, -0.203856], ["usual", 0.761646, 1.097016, 0.085616]],
  ["usual", 0.713507, ["known", 0.454545, -0.155129, -1.179359], ["salient", 0.455809, -0.003595, 0.793381]],
  ["support", 0.848344, ["usual", 0.761646, 0.052058, -0.387455], ["known_en", 0.666667, 0.95358, 0.005105]],
  ["words", 2.70805, ["known_en", 0.333333, -0.090764, 0.580196], ["salient", 0.163527, 0.154328, 1.31929]],
  ["known", 0.909091, ["known", 0.75, 0.051337, -0.449466], ["usual", 0.728234, -0.571211, 1.00551]],
  ["usual", 0.713507, ["words", 2.397895, -0.620757, 0.538892], ["score", 0.558197, -0.009052, 0.699914]],
  ["salient", 0.047318, ["score", 0.34693, 0.091376, 1.54342], ["coverage", 0.536038, -0.128345, 1.087272]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.123257, -0.196213], ["usual", 0.761646, 1.077016, 0.07455]],
  ["words", 1.386294, ["score", 0.258769, -0.005613, 1.353824], ["words", 2.197225, -0.181767, 0.137013]],
  ["words", 1.609438, ["usual", 0.753823, -0.156121, 1.82329], ["usual", 0.753823, 0.098529, -0.460169]],
  ["usual", 0.713507, ["known", 0.454545, -0.142024, -1.12739], ["salient", 0.455809, -0.001526, 0.764001]],
  ["lift", 0.032498, ["known", 0.5, -0.178519, 0.946386], ["known_en", 0.333333, -0.109368, 0.640576]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.117585, -0.188226], ["usual", 0.761646, 1.057549, 0.078837]],
  ["support", 0.848344, ["score", 0.321042, 0.132877, -0.176509], ["known_en", 0.666667, 0.938509, 0.004655]],
  ["words", 1.609438, ["usual", 0.753823, -0.144215, 1.775104], ["usual", 0.761646, 0.059156, -0.568359]],
  ["usual", 0.713507, ["known", 0.111111, 0.502322, -0.588208], ["salient", 0.455809, 5.1e-05, 0.743396]],
  ["words", 2.70805, ["known_en", 0.333333, -0.085354, 0.560156], ["salient", 0.163527, 0.129045, 1.285946]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.112473, -0.180418], ["usual", 0.761646, 1.038051, 0.083154]],
  ["support", 0.848344, ["score", 0.321042, 0.124435, -0.165938], ["known_en", 0.666667, 0.926154, 0.004387]],
  ["known", 0.909091, ["known", 0.75, 0.046147, -0.401506], ["usual", 0.728234, -0.548202, 0.978204]],
  ["lift", 0.064583, ["score_en", 0.179089, 0.035631, -0.476245], ["score_en", 0.179089, -0.065522, 1.112468]],
  ["usual", 0.713507, ["words", 2.397895, -0.579209, 0.505146], ["score", 0.558197, -0.006061, 0.660868]],
  ["words", 1.609438, ["usual", 0.734124, -0.499825, 1.152295], ["usual", 0.753823, 0.089126, -0.423938]],
  ["lexical", 0.288114, ["coverage", 0.054538, 0.247028, -0.092312], ["usual", 0.761646, 1.021735, 0.088284]],
  ["words", 2.70805, ["known_en", 0.333333, -0.08095, 0.536868], ["salient", 0.163527, 0.11787, 1.258147]],
  ["usual", 0.713507, ["lexical", 0.08027, 0.426733, -0.584793], ["salient", 0.455809, 0.000572, 0.723348]],
  ["support", 0.848344, ["words", 2.197225, -0.161671, 0.124408], ["known_en", 0.666667, 0.909114, 0.0039]],
  ["lift", 0.032498, ["score_en", 0.179089, 0.59168, -0.612561], ["lift", 0.064583, -0.15006, 0.258853]],
  ["salient", 0.047318, ["score", 0.34693, 0.065796, 1.507591], ["cosine", 0.387487, 0.250413, -0.207016]],
  ["known", 0.909091, ["known", 0.75, 0.043509, -0.377236], ["usual", 0.728234, -0.525383, 0.950852]]
 ]
}
