package cn.gov.sucheng.worksafety.enforcement.rectification.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.gov.sucheng.worksafety.enforcement.rectification.model.Origin;
import cn.gov.sucheng.worksafety.enforcement.rectification.model.RectificationDocument;

/** Where orders to correct and re-inspection opinions are kept. */
public interface Rectifications {

    void add(RectificationDocument document, int year, int serial);

    /** The document, if it was issued from {@code origin}. */
    Optional<RectificationDocument> byId(Origin origin, UUID id);

    /** The documents issued from {@code origin}, by day of issue (orders before opinions on one day). */
    List<RectificationDocument> of(Origin origin);
}
