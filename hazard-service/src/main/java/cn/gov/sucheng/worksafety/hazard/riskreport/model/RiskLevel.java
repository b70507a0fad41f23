package cn.gov.sucheng.worksafety.hazard.riskreport.model;

/** The four colours of risk: red (重大), orange (较大), yellow (一般), blue (低). */
public enum RiskLevel {
    RED,
    ORANGE,
    YELLOW,
    BLUE
}
