"""The question-level decision, the ranking weights and the relative cut, fitted on the
dev split only by `assist eval FILE --fit` (`assist.evaluation.tuning`); do not edit.

Provenance is in MODEL["fitted_on"].
"""

MODEL = {
 "intercept": 1.8228962559768973,
 "coef": {
  "cosine": -0.3305580080553845,
  "coverage": 1.2184978201989674,
  "lexical": -0.1517174461406499,
  "known": 0.24467787454757736,
  "kind": 0.0439822754820428,
  "kind_list": -0.08809567303208804,
  "score": 0.26167832374872413,
  "english": -0.34217232989177554,
  "words": 1.0278571452681202,
  "score_en": 0.7519933799301085,
  "support": 0.2855721415205988,
  "lift": 1.513519415659173,
  "agree": -0.22046856050487465,
  "known_en": 0.965556777626889,
  "usual": 0.38709307729804526,
  "salient": 0.06756521045430121,
  "about": 0.6895015658455683
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
  "salient": 0.40318269146311875,
  "about": 2.60927867896014
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
  "salient": 0.3472286861071537,
  "about": 0.6375674475440335
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
   "auc": 0.8269,
   "answered": 0.7247863247863248,
   "declined": 0.7468354430379747,
   "profiles": {
    "covered": 265,
    "uncovered": 127,
    "answered": 0.8452830188679246,
    "declined": 0.5275590551181102,
    "covered_answered_count": 224,
    "uncovered_declined_count": 67,
    "covered_closest_count": 41,
    "uncovered_closest_count": 65,
    "auc": 0.8062,
    "ndcg@5": 0.7306246219305733,
    "recall@5": 0.7603773584905661,
    "ndcg@5 closest counted": 0.825363838472809,
    "recall@5 closest counted": 0.879245283018868
   },
   "curve (threshold: answered, declined)": {
    "0.3": [
     0.945,
     0.415
    ],
    "0.35": [
     0.915,
     0.459
    ],
    "0.4": [
     0.887,
     0.522
    ],
    "0.45": [
     0.862,
     0.557
    ],
    "0.5": [
     0.831,
     0.589
    ],
    "0.55": [
     0.795,
     0.627
    ],
    "0.6": [
     0.766,
     0.693
    ],
    "0.65": [
     0.725,
     0.747
    ],
    "0.7": [
     0.685,
     0.794
    ],
    "0.75": [
     0.651,
     0.823
    ],
    "0.8": [
     0.593,
     0.889
    ],
    "0.85": [
     0.504,
     0.911
    ],
    "0.9": [
     0.41,
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
  "date": "2026-12-02 17:43 UTC",
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
   "auc": 0.9379,
   "answered": 0.8567854909318324,
   "declined": 0.8696883852691218,
   "closest_offered": {
    "in_scope": 0.13133208255159476,
    "declinable": 0.42209631728045327,
    "all": 0.1839139344262295
   },
   "relevant_among_closest": 0.69377990430622,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 1952,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.961,
     0.654
    ],
    "0.3": [
     0.931,
     0.762
    ],
    "0.4": [
     0.885,
     0.85
    ],
    "0.5": [
     0.837,
     0.884
    ],
    "0.6": [
     0.789,
     0.921
    ],
    "0.7": [
     0.739,
     0.946
    ],
    "0.8": [
     0.684,
     0.975
    ]
   }
  },
  "decision_grouped_cross_validated_dev": {
   "auc": 0.9321,
   "answered": 0.8599,
   "declined": 0.8527,
   "closest_offered": {
    "in_scope": 0.12570356472795496,
    "declinable": 0.40793201133144474,
    "all": 0.17674180327868852
   },
   "relevant_among_closest": 0.685,
   "folds": 5,
   "threshold": 0.45,
   "closest": 0.1,
   "questions": 1952,
   "curve (threshold: answered, declined)": {
    "0.2": [
     0.964,
     0.629
    ],
    "0.3": [
     0.924,
     0.751
    ],
    "0.4": [
     0.886,
     0.822
    ],
    "0.5": [
     0.837,
     0.87
    ],
    "0.6": [
     0.796,
     0.901
    ],
    "0.7": [
     0.758,
     0.929
    ],
    "0.8": [
     0.689,
     0.958
    ]
   },
   "nested": {
    "answered": 0.8568,
    "declined": 0.8555
   },
   "files": {
    "adjacent_lists.jsonl": {
     "questions": 27,
     "auc": None,
     "threshold": 0.45,
     "answered": None,
     "declined": 0.8889
    },
    "profiles_v2.jsonl": {
     "questions": 23,
     "auc": 0.9556,
     "threshold": 0.45,
     "answered": 0.9444,
     "declined": 1.0
    },
    "questions.jsonl": {
     "questions": 237,
     "auc": 0.9561,
     "threshold": 0.45,
     "answered": 0.8653,
     "declined": 0.8409
    },
    "questions_blind.jsonl": {
     "questions": 162,
     "auc": 0.9214,
     "threshold": 0.45,
     "answered": 0.8309,
     "declined": 0.8077
    },
    "questions_blind2.jsonl": {
     "questions": 181,
     "auc": 0.9368,
     "threshold": 0.45,
     "answered": 0.84,
     "declined": 0.9355
    },
    "questions_blind3.jsonl": {
     "questions": 229,
     "auc": 0.9275,
     "threshold": 0.5,
     "answered": 0.8063,
     "declined": 0.8684
    },
    "questions_blind4.jsonl": {
     "questions": 255,
     "auc": 0.9307,
     "threshold": 0.45,
     "answered": 0.8626,
     "declined": 0.8864
    },
    "questions_blind5.jsonl": {
     "questions": 262,
     "auc": 0.9349,
     "threshold": 0.45,
     "answered": 0.8295,
     "declined": 0.9111
    },
    "questions_blind6.jsonl": {
     "questions": 281,
     "auc": 0.9286,
     "threshold": 0.45,
     "answered": 0.8846,
     "declined": 0.8085
    },
    "questions_blind7.jsonl": {
     "questions": 295,
     "auc": 0.9199,
     "threshold": 0.45,
     "answered": 0.8996,
     "declined": 0.7609
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
  ["salient", 0.082792, ["known_en", 0.0, 0.89461, -0.088542], ["salient", 0.455809, -0.538323, 0.958793]],
  ["salient", 0.082792, ["known_en", 0.0, 0.838433, -0.084436], ["salient", 0.455809, -0.513349, 0.933891]],
  ["words", 2.484907, ["words", 1.609438, 0.879623, -0.382617], ["about", 2.411699, 0.189278, 1.477789]],
  ["salient", 0.082792, ["known_en", 0.0, 0.782287, -0.079317], ["salient", 0.455809, -0.486254, 0.902203]],
  ["words", 2.484907, ["words", 1.609438, 0.823727, -0.362088], ["about", 2.411699, 0.179435, 1.412704]],
  ["salient", 0.082792, ["score", 0.34693, 0.363018, 1.463525], ["salient", 0.455809, -0.460677, 0.871626]],
  ["words", 2.484907, ["words", 1.386294, 1.973912, -0.248217], ["about", 2.411699, 0.166925, 1.359032]],
  ["salient", 0.082792, ["score", 0.34693, 0.34148, 1.404235], ["salient", 0.455809, -0.436585, 0.842086]],
  ["words", 2.484907, ["words", 1.609438, 0.755331, -0.328346], ["about", 2.411699, 0.155231, 1.309296]],
  ["salient", 0.082792, ["usual", 0.753823, 0.353434, 1.666392], ["salient", 0.455809, -0.413687, 0.812981]],
  ["words", 2.484907, ["words", 1.386294, 1.844386, -0.224663], ["about", 2.411699, 0.145602, 1.262602]],
  ["coverage", 0.054538, ["english", 0.0, 1.265165, 0.05764], ["salient", 0.455809, -0.272497, 0.765477]],
  ["words", 2.484907, ["words", 1.609438, 0.692029, -0.29855], ["about", 2.411699, 0.141947, 1.210347]],
  ["salient", 0.082792, ["score", 0.34693, 0.285528, 1.316654], ["salient", 0.455809, -0.37985, 0.757425]],
  ["words", 2.484907, ["words", 1.386294, 1.723315, -0.203804], ["about", 2.411699, 0.131808, 1.170038]],
  ["coverage", 0.054538, ["cosine", 0.395152, 0.192996, 1.461925], ["salient", 0.455809, -0.249519, 0.710879]],
  ["salient", 0.12081, ["score", 0.448667, 0.256497, 1.716041], ["salient", 0.455809, -0.428282, 0.709022]],
  ["words", 2.484907, ["words", 1.609438, 0.628833, -0.269407], ["lift", 0.077716, 0.685984, -1.429428]],
  ["salient", 0.082792, ["cosine", 0.395152, 0.13699, 0.838426], ["known", 0.909091, -0.305314, 0.963372]],
  ["words", 2.484907, ["words", 1.386294, 1.595881, -0.183322], ["about", 2.411699, 0.089135, 1.104208]],
  ["coverage", 0.054538, ["cosine", 0.395152, 0.159219, 1.332418], ["known", 0.909091, -0.206559, 0.837709]],
  ["salient", 0.12081, ["known_en", 0.0, 0.476702, -0.243199], ["usual", 0.728234, -1.022426, -0.007238]],
  ["words", 2.484907, ["words", 1.386294, 1.528742, -0.172138], ["about", 2.411699, 0.077559, 1.059525]],
  ["coverage", 0.10176, ["lexical", 0.129642, -0.08242, 0.730845], ["salient", 0.455809, -0.314277, 0.654768]],
  ["salient", 0.047318, ["score", 0.34693, 0.230063, 1.73881], ["known", 0.909091, -0.225042, 0.915894]],
  ["words", 2.484907, ["words", 1.609438, 0.57113, -0.232108], ["about", 2.219206, -0.036342, 0.907186]],
  ["coverage", 0.054538, ["cosine", 0.395152, 0.122126, 1.215684], ["salient", 0.455809, -0.204182, 0.627747]],
  ["words", 1.386294, ["known_en", 0.0, 1.779423, -0.198706], ["words", 2.197225, -0.281994, 0.22375]],
  ["words", 2.70805, ["words", 1.386294, 1.361057, -0.106772], ["usual", 0.737148, 1.354625, 0.216036]],
  ["salient", 0.047318, ["score", 0.34693, 0.211248, 1.669769], ["known", 0.909091, -0.208754, 0.880854]],
  ["coverage", 0.10176, ["lexical", 0.194512, 0.194336, 1.822496], ["usual", 0.728234, -0.773032, 0.009133]],
  ["words", 2.70805, ["words", 1.609438, 0.530331, -0.152486], ["usual", 0.737148, 1.295847, 0.203685]],
  ["salient", 0.12081, ["lift", 0.064583, 0.135817, 1.138735], ["usual", 0.728234, -0.925558, 0.014664]],
  ["words", 1.386294, ["usual", 0.719334, -0.12795, 1.686197], ["words", 2.197225, -0.257107, 0.205721]],
  ["coverage", 0.054538, ["english", 0.0, 0.915648, -0.086644], ["salient", 0.455809, -0.183465, 0.603789]],
  ["words", 2.70805, ["words", 1.609438, 0.499772, -0.14341], ["usual", 0.737148, 1.240785, 0.184629]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.357638, -3.487927], ["salient", 0.455809, -0.019106, 0.979607]],
  ["salient", 0.12081, ["lift", 0.064583, 0.125511, 1.099881], ["usual", 0.728234, -0.871324, 0.010652]],
  ["words", 2.484907, ["lift", 0.064583, -0.226209, 0.337466], ["about", 2.411699, 0.005601, 0.9453]],
  ["words", 1.386294, ["usual", 0.719334, -0.11567, 1.612441], ["words", 2.197225, -0.243987, 0.193122]],
  ["salient", 0.047318, ["score", 0.34693, 0.168328, 1.603082], ["known", 0.909091, -0.185822, 0.843805]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.331961, -3.22101], ["salient", 0.455809, -0.018778, 0.958417]],
  ["coverage", 0.10176, ["lexical", 0.129642, -0.124726, 0.627598], ["usual", 0.728234, -0.677481, 0.004429]],
  ["salient", 0.047318, ["score", 0.34693, 0.160768, 1.565997], ["known", 0.909091, -0.178181, 0.81659]],
  ["words", 2.70805, ["words", 1.609438, 0.469208, -0.133667], ["score", 0.258769, 1.481799, 0.27654]],
  ["coverage", 0.054538, ["english", 0.0, 0.829497, -0.097629], ["known_en", 0.333333, -0.1546, 0.777326]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.315083, -2.976115], ["salient", 0.455809, -0.017866, 0.938172]],
  ["words", 2.484907, ["lift", 0.064583, -0.211094, 0.322703], ["lift", 0.077716, 0.475781, -1.399452]],
  ["words", 1.386294, ["usual", 0.719334, -0.097032, 1.517882], ["words", 2.197225, -0.23158, 0.180358]],
  ["salient", 0.12081, ["score", 0.448667, 0.138389, 1.485033], ["usual", 0.728234, -0.791866, 0.012007]],
  ["support", 0.848344, ["usual", 0.761646, 0.069482, -0.503912], ["known_en", 0.666667, 1.003191, 0.009667]],
  ["words", 1.386294, ["usual", 0.719334, -0.090735, 1.457747], ["usual", 0.761646, 0.066451, -0.455317]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.293331, -2.756171], ["salient", 0.455809, -0.01817, 0.919196]],
  ["coverage", 0.10176, ["lexical", 0.194512, 0.132435, 1.691013], ["usual", 0.728234, -0.627389, 0.008317]],
  ["support", 0.848344, ["usual", 0.761646, 0.063778, -0.472845], ["known_en", 0.666667, 0.988387, 0.009401]],
  ["words", 1.386294, ["score", 0.258769, 0.002254, 1.467438], ["words", 2.197225, -0.216924, 0.167753]],
  ["salient", 0.047318, ["known", 0.333333, -0.161825, 0.682936], ["coverage", 0.536038, -0.147728, 1.072635]],
  ["words", 2.70805, ["known_en", 0.333333, -0.103319, 0.633348], ["salient", 0.163527, 0.20534, 1.417493]],
  ["coverage", 0.054538, ["cosine", 0.395152, 0.018122, 1.006066], ["known_en", 0.333333, -0.146231, 0.767228]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.282856, -2.569377], ["salient", 0.455809, -0.01602, 0.903463]],
  ["support", 0.848344, ["score", 0.34693, 0.135516, -0.264401], ["known_en", 0.666667, 0.973445, 0.008502]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.270572, -2.39459], ["salient", 0.455809, -0.01516, 0.885683]],
  ["words", 1.386294, ["score", 0.258769, -0.010555, 1.436073], ["usual", 0.761646, 0.06258, -0.436177]],
  ["words", 2.70805, ["words", 1.609438, 0.416057, -0.117527], ["salient", 0.163527, 0.193733, 1.387167]],
  ["words", 2.197225, ["usual", 0.724842, -0.745371, 0.03644], ["usual", 0.757414, 0.399177, -0.683525]],
  ["support", 0.848344, ["score", 0.34693, 0.125788, -0.24839], ["known_en", 0.666667, 0.958936, 0.008161]],
  ["known", 0.909091, ["known", 0.75, 0.053221, -0.477138], ["about", 1.923412, -0.434713, 0.994802]],
  ["lexical", 0.288114, ["salient", 0.12081, 0.17107, -0.187542], ["usual", 0.761646, 1.161625, -0.043252]],
  ["support", 0.848344, ["words", 2.197225, -0.195021, 0.149413], ["known_en", 0.666667, 0.95055, 0.00823]],
  ["words", 1.386294, ["score", 0.258769, -0.010461, 1.404983], ["words", 2.197225, -0.193255, 0.146552]],
  ["known", 0.909091, ["coverage", 0.153191, 0.134125, -0.242122], ["about", 1.923412, -0.419159, 0.977218]],
  ["lexical", 0.288114, ["salient", 0.12081, 0.157563, -0.174117], ["usual", 0.761646, 1.142535, -0.050656]],
  ["words", 1.609438, ["usual", 0.753823, -0.19395, 1.806234], ["usual", 0.761646, 0.069505, -0.643969]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.241316, -2.219768], ["salient", 0.455809, -0.015249, 0.865628]],
  ["support", 0.848344, ["usual", 0.761646, 0.052724, -0.395145], ["known_en", 0.666667, 0.937289, 0.007993]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.124145, -0.200067], ["about", 2.810814, 1.158443, 0.004061]],
  ["usual", 0.713507, ["words", 2.397895, -0.685834, 0.770173], ["salient", 0.455809, -0.013898, 0.849383]],
  ["words", 1.386294, ["score", 0.258769, -0.011571, 1.364268], ["words", 2.197225, -0.181207, 0.136411]],
  ["words", 1.609438, ["usual", 0.753823, -0.172943, 1.753462], ["usual", 0.761646, 0.064117, -0.61311]],
  ["words", 2.70805, ["known_en", 0.333333, -0.095337, 0.623604], ["salient", 0.163527, 0.139248, 1.353224]],
  ["support", 0.848344, ["score", 0.34693, 0.112514, -0.219837], ["known_en", 0.666667, 0.924415, 0.007466]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.119092, -0.190994], ["about", 2.810814, 1.134402, 0.012572]],
  ["known", 0.909091, ["known", 0.75, 0.048457, -0.424306], ["about", 1.923412, -0.411915, 0.951301]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.225411, -2.043647], ["salient", 0.455809, -0.011143, 0.828814]],
  ["words", 1.609438, ["usual", 0.753823, -0.167567, 1.702439], ["usual", 0.761646, 0.060544, -0.584635]],
  ["lexical", 0.288114, ["coverage", 0.054538, 0.259159, -0.098836], ["usual", 0.761646, 1.088756, -0.042632]],
  ["usual", 0.713507, ["words", 2.397895, -0.647253, 0.720196], ["salient", 0.455809, -0.009117, 0.802816]],
  ["words", 2.70805, ["known_en", 0.333333, -0.091624, 0.609773], ["salient", 0.163527, 0.124945, 1.321589]],
  ["support", 0.848344, ["score", 0.34693, 0.106125, -0.207683], ["known_en", 0.666667, 0.91094, 0.006768]],
  ["usual", 0.713507, ["coverage", 0.369874, -0.207735, -1.88535], ["salient", 0.455809, -0.007842, 0.787063]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.114199, -0.183434], ["about", 2.810814, 1.101589, -0.003276]],
  ["words", 1.609438, ["usual", 0.753823, -0.151098, 1.649627], ["usual", 0.761646, 0.057607, -0.563331]],
  ["known", 0.909091, ["known", 0.75, 0.045348, -0.39508], ["about", 1.923412, -0.417833, 0.920471]],
  ["support", 0.848344, ["words", 2.197225, -0.163131, 0.126139], ["known_en", 0.666667, 0.900484, 0.006556]],
  ["usual", 0.713507, ["words", 2.397895, -0.609021, 0.681164], ["salient", 0.455809, -0.006527, 0.764711]],
  ["score_en", 0.37472, ["score", 0.34693, 0.102021, -0.253607], ["about", 2.411699, 1.308642, -0.118673]],
  ["lexical", 0.288114, ["coverage", 0.153191, 0.105342, -0.171673], ["usual", 0.761646, 1.057472, -0.054668]],
  ["words", 1.609438, ["usual", 0.753823, -0.140337, 1.602416], ["usual", 0.761646, 0.053203, -0.533919]],
  ["support", 0.848344, ["lift", 0.104211, 0.005723, -0.933407], ["known_en", 0.666667, 0.891873, 0.006148]],
  ["words", 2.70805, ["known_en", 0.333333, -0.086836, 0.589321], ["salient", 0.163527, 0.104226, 1.291813]]
 ]
}
