package cn.gov.sucheng.worksafety.training.coverage.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.sucheng.worksafety.training.coverage.model.PersonStanding;

/** The standing of every person (of one enterprise, or of one town, unless null) on a day. */
public interface PersonStandings {

    List<PersonStanding> on(LocalDate day, UUID enterpriseId, String town);
}
