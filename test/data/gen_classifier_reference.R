# Reference values (oracles) for greenlang's classifier module from R's pROC package
# (DeLong variance and confidence interval of the ROC AUC), independent of greenlang's
# C code. Also exports pROC's aSAH data set.
#
# Run from the repository root with Debian's R (apt: r-base-core r-cran-proc):
#
#     Rscript test/data/gen_classifier_reference.R
#
# It prints the R and pROC versions and the check of the aSAH reference numbers. It
# was last run with R 4.2.2 Patched (2022-11-10 r83330) and pROC 1.18.0 (Debian 12).
# It reads test/data/classifier_cases.csv (written by gen_classifier_reference.py);
# from scratch the order is: the Python script, this script, then the Python script
# again (it reads classifier_asah.csv). Both inputs are committed, so normally either
# script can be rerun alone.
#
# Writes (CSV with a header; each number is the shortest of 15, 16 or 17 significant
# digits, printf "%.Ng", that reads back to the same double -- never less exact than
# format(x, digits = 17); NA is an empty field):
#
#   classifier_asah.csv   id,ndka,s100b,wfns,outcome_poor,gender,age
#       data(aSAH, package = "pROC"), 113 rows in the data set's order. id = 1..113
#       (the row position; the data set's row names are not consecutive), wfns as its
#       integer grade 1..5, outcome_poor = (outcome == "Poor") as true/false,
#       gender Male/Female.
#   classifier_delong.csv case_id,conf,n_controls,n_cases,auc,ci_lower,ci_upper,variance
#       For each case of classifier_cases.csv with both labels, and for aSAH with the
#       predictors ndka and s100b (case_id asah_ndka, asah_s100b; outcome Poor):
#         r <- roc(label, score, levels = c(FALSE, TRUE), direction = "<")
#              (controls = label false, cases = label true, a higher score means
#               positive; aSAH: levels = c("Good", "Poor"), direction = "<", which is
#               also what pROC picks by itself for both predictors)
#         auc      = auc(r)  (ties between a case and a control count 1/2)
#         ci_lower, ci_upper = ci.auc(r, method = "delong", conf.level = conf)[c(1, 3)]
#         variance = var(r, method = "delong")
#       conf = 0.95 for every case, 0.9 and 0.99 as well for a few.
#       pROC's DeLong interval is theta +- qnorm(1 - (1 - conf)/2) sqrt(S) with
#         S = S10/m + S01/n, S10 = sum_i (V10_i - theta)^2 / (m - 1) over the m cases,
#         S01 = sum_j (V01_j - theta)^2 / (n - 1) over the n controls,
#         V10_i = mean_j psi(X_i, Y_j), V01_j = mean_i psi(X_i, Y_j),
#         psi = 1 if case > control, 1/2 if equal, 0 otherwise,
#       then clipped to [0, 1]. With one case or one control pROC gives NA for the
#       interval and the variance (empty fields). A perfectly (or inversely)
#       separated case has variance 0 and the interval [auc, auc].
#       The script recomputes auc, variance and the 95 % bounds with its own base-R
#       DeLong code and stops if they differ by more than 1e-13.
#       Cases with a single label (all_negative) are skipped: pROC refuses them.

suppressPackageStartupMessages(library(pROC))

args <- commandArgs(trailingOnly = FALSE)
file_arg <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(file_arg)) dirname(normalizePath(file_arg)) else "test/data"

message(R.version.string, ", pROC ", as.character(packageVersion("pROC")))

num <- function(x) {
  vapply(x, function(v) {
    if (is.na(v)) return("")
    if (is.infinite(v)) return(if (v > 0) "Infinity" else "-Infinity")
    for (d in 15:17) {
      s <- sprintf("%.*g", d, v)
      if (as.numeric(s) == v) return(s)
    }
    stop("no round trip")
  }, "")
}

write_rows <- function(df, name) {
  path <- file.path(here, name)
  write.csv(df, path, row.names = FALSE, quote = FALSE, na = "")
  message("wrote ", name, ": ", nrow(df), " rows")
}

# ---------------------------------------------------------------- aSAH export
data(aSAH, package = "pROC")
asah <- data.frame(
  id = seq_len(nrow(aSAH)),
  ndka = num(aSAH$ndka),
  s100b = num(aSAH$s100b),
  wfns = as.integer(as.character(aSAH$wfns)),
  outcome_poor = ifelse(aSAH$outcome == "Poor", "true", "false"),
  gender = as.character(aSAH$gender),
  age = aSAH$age,
  stringsAsFactors = FALSE)
stopifnot(!anyNA(aSAH[, c("ndka", "s100b", "wfns", "outcome", "gender", "age")]))
write_rows(asah, "classifier_asah.csv")

# ------------------------------------------------------------ own DeLong code
delong_base <- function(cases, controls) {
  m <- length(cases); n <- length(controls)
  psi <- outer(cases, controls, function(x, y) (x > y) + 0.5 * (x == y))
  v10 <- rowMeans(psi); v01 <- colMeans(psi)
  theta <- mean(psi)
  s10 <- sum((v10 - theta)^2) / (m - 1)
  s01 <- sum((v01 - theta)^2) / (n - 1)
  list(theta = theta, var = s10 / m + s01 / n)
}

rows <- list()
one_case <- function(case_id, r, confs) {
  a <- as.numeric(auc(r))
  v <- suppressWarnings(as.numeric(var(r, method = "delong")))
  own <- delong_base(r$cases, r$controls)
  stopifnot(abs(own$theta - a) <= 1e-13)
  if (!is.na(v)) stopifnot(abs(own$var - v) <= 1e-13 * max(1, v))
  for (conf in confs) {
    ci <- suppressWarnings(as.numeric(ci.auc(r, method = "delong",
                                             conf.level = conf)))
    if (!is.na(ci[1])) {
      stopifnot(ci[1] <= a + 1e-15, a - 1e-15 <= ci[3], ci[1] >= 0, ci[3] <= 1)
      z <- qnorm(1 - (1 - conf) / 2)
      own_ci <- pmin(1, pmax(0, own$theta + c(-1, 1) * z * sqrt(own$var)))
      stopifnot(all(abs(own_ci - ci[c(1, 3)]) <= 1e-13))
    }
    rows[[length(rows) + 1]] <<- data.frame(
      case_id = case_id, conf = num(conf),
      n_controls = length(r$controls), n_cases = length(r$cases),
      auc = num(a), ci_lower = num(ci[1]), ci_upper = num(ci[3]),
      variance = num(v), stringsAsFactors = FALSE)
  }
  invisible(c(a, ci[1], ci[3], v))
}

extra_conf <- c("asah_ndka", "asah_s100b", "continuous_unit", "tied_1dec",
                "integer_scores", "mostly_positive", "issue_calibration")

# ---------------------------------------------------------------- aSAH cases
for (pred in c("ndka", "s100b")) {
  auto <- roc(aSAH$outcome, aSAH[[pred]], quiet = TRUE)
  stopifnot(auto$direction == "<", identical(auto$levels, c("Good", "Poor")))
  r <- roc(aSAH$outcome, aSAH[[pred]], levels = c("Good", "Poor"),
           direction = "<", quiet = TRUE)
  cid <- paste0("asah_", pred)
  res <- one_case(cid, r, c(0.95, if (cid %in% extra_conf) c(0.9, 0.99)))
  if (pred == "ndka") {
    # the 95 % values above (res = auc, lower, upper, variance at conf 0.9/0.99 are
    # in the file too); pROC prints 0.611957994579946, 0.501244999271703-0.722670989888189
    a <- as.numeric(auc(r))
    ci <- as.numeric(ci.auc(r, method = "delong", conf.level = 0.95))
    message(sprintf("aSAH ndka: AUC %.17g  95%% CI %.17g to %.17g  var %.17g",
                    a, ci[1], ci[3], var(r, method = "delong")))
    message("  printed to 15 digits: ", sprintf("%.15g %.15g %.15g", a, ci[1], ci[3]))
    stopifnot(sprintf("%.15g", a) == "0.611957994579946",
              sprintf("%.15g", ci[1]) == "0.501244999271703",
              sprintf("%.15g", ci[3]) == "0.722670989888189")
    message("  matches the reference 0.611957994579946, 0.501244999271703, ",
            "0.722670989888189 to all 15 printed digits")
  }
}

# ------------------------------------------------------------ generated cases
cases <- read.csv(file.path(here, "classifier_cases.csv"),
                  colClasses = c("character", "numeric", "logical"))
for (cid in unique(cases$case_id)) {
  d <- cases[cases$case_id == cid, ]
  if (all(d$label) || !any(d$label)) {
    message("skipped ", cid, ": only one label (pROC refuses it)")
    next
  }
  r <- roc(d$label, d$score, levels = c(FALSE, TRUE), direction = "<", quiet = TRUE)
  one_case(cid, r, c(0.95, if (cid %in% extra_conf) c(0.9, 0.99)))
}

out <- do.call(rbind, rows)
write_rows(out, "classifier_delong.csv")
