package id.kompeten;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KompetenApplication {

    public static void main(String[] args) {
        SpringApplication.run(KompetenApplication.class, args);
    }
}
