package cn.gov.sucheng.worksafety.hazard.indicator.web;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.sucheng.worksafety.hazard.indicator.application.IndicatorInputs.Input;
import cn.gov.sucheng.worksafety.hazard.indicator.application.PlanIndicatorReport;
import cn.gov.sucheng.worksafety.hazard.indicator.model.IndicatorResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Plan indicators", description = "The six main indicators (主要指标) of the 14th Five-Year work-safety "
        + "plan, computed from recorded accidents against 2020")
class IndicatorController {

    private final PlanIndicatorReport report;

    IndicatorController(PlanIndicatorReport report) {
        this.report = report;
    }

    @GetMapping
    @Operation(operationId = "getIndicators", summary = "The six indicators of a year against 2020",
            description = "Each with its target, the share due by the year, the actual change, binding or expected, "
                    + "and whether it is on track. The GDP and workforce rates need the inputs of 2020 and of the year "
                    + "(PUT /api/v1/indicators/inputs/{year}); without them their change is null with a note. The "
                    + "indicators are the district's plan, computed over the whole district for every client, a "
                    + "town-level one included: they name no record of any town.")
    List<IndicatorResult> of(
            @Parameter(description = "The year to compare with 2020: the accidents that occurred in it (near misses "
                    + "not counted) and its entered inputs", example = "2022")
            @RequestParam @Min(2021) @Max(2100) int year) {
        return report.of(year);
    }

    /** The body of {@code PUT /api/v1/indicators/inputs/{year}}. */
    record InputRequest(
            @Schema(description = "GDP in CNY 100 million (亿元)", example = "580.5") @NotNull @DecimalMin("0.01")
            @Digits(integer = 10, fraction = 2) BigDecimal gdp100mCny,
            @Schema(description = "Industry-and-trade workforce (工矿商贸就业人员)", example = "152000") @NotNull
            @Min(1) Integer industryTradeWorkers) {
    }

    @PutMapping("/inputs/{year}")
    @Operation(operationId = "enterIndicatorInputs",
            summary = "Enter or correct the GDP and workforce of a year", description = "Idempotent. The inputs are "
                    + "the district's and entered by the district: a town-level client gets 422.")
    Input enter(
            @Parameter(description = "The year the figures are of, 2000 to 2100 (400 otherwise); a year entered before "
                    + "is overwritten", example = "2024") @PathVariable int year,
            @Valid @RequestBody InputRequest request) {
        return report.enter(year, request.gdp100mCny(), request.industryTradeWorkers());
    }

    @GetMapping("/inputs")
    @Operation(operationId = "listIndicatorInputs", summary = "The yearly inputs entered")
    List<Input> inputs() {
        return report.inputs();
    }
}
