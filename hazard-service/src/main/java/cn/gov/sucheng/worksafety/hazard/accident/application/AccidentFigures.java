package cn.gov.sucheng.worksafety.hazard.accident.application;

/** Accidents (near misses left out) and their deaths. */
public record AccidentFigures(long accidents, long deaths) {
}
